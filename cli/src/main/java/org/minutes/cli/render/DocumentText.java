package org.minutes.cli.render;

import java.io.PrintWriter;
import java.util.Locale;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Problem;
import org.minutes.pipeline.model.Source;

/** Readable text of a document for {@code show} and {@code extract}: a metadata header, then pages. */
public final class DocumentText {

    private DocumentText() {
    }

    public static void header(PrintWriter out, Document document) {
        out.println("id:       " + document.id());
        out.println("title:    " + (document.title() == null ? "" : document.title()));
        out.println("date:     " + (document.meetingDate() == null ? "unknown" : describeDate(document)));
        out.println("kind:     " + document.kind().label() + " (" + document.mediaType() + ")");
        for (Source source : document.sources()) {
            out.println("source:   " + source.path());
        }
        out.println("pages:    " + document.pages().size());
        for (Problem problem : document.problems()) {
            out.println("problem:  " + (problem.page() == null ? "" : "page " + problem.page() + ": ") + problem.message()
                    + " [" + problem.stage() + "]");
        }
    }

    public static void page(PrintWriter out, Page page, boolean original) {
        StringBuilder head = new StringBuilder("--- page ").append(page.number()).append(" (").append(page.method().label());
        if (page.confidence() != null) {
            head.append(String.format(Locale.ROOT, ", confidence %.0f", page.confidence()));
        }
        if (page.reason() != null) {
            head.append(": ").append(page.reason());
        }
        head.append(") ---");
        out.println(head);
        out.println(original ? page.originalText() : page.text());
    }

    private static String describeDate(Document document) {
        return switch (document.meetingDate().precision()) {
            case DAY_WITHOUT_YEAR -> document.meetingDate().iso() + " (year not printed)";
            default -> document.meetingDate().iso();
        };
    }
}
