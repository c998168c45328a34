package org.minutes.cli.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minutes.pipeline.model.DateFact;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Meeting;
import org.minutes.pipeline.model.Organisation;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.Person;
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

    /** What extraction found: the meeting, then people, organisations and dates, one per line. */
    public static void entities(PrintWriter out, Document document) {
        Meeting meeting = document.meeting();
        if (meeting != null) {
            line(out, "body", meeting.body());
            for (Meeting.Attendee a : meeting.attendees()) {
                StringBuilder sb = new StringBuilder(a.name());
                if (a.role() != null) {
                    sb.append(", ").append(a.role());
                }
                if (a.affiliation() != null) {
                    sb.append(" (").append(a.affiliation()).append(')');
                }
                line(out, "present", sb.toString());
            }
            line(out, "notes by", meeting.noteTaker());
            line(out, "chair", meeting.chair());
            line(out, "secretary", meeting.secretary());
            line(out, "adjusters", meeting.adjusters().isEmpty() ? null : String.join(", ", meeting.adjusters()));
            line(out, "adjusted", meeting.adjusted());
            line(out, "next", meeting.nextMeeting());
            for (Meeting.Item item : meeting.items()) {
                line(out, "§ " + item.number(), (item.heading() == null ? "" : item.heading())
                        + (item.decision() == null ? "" : " — beslut: " + item.decision()));
            }
        }
        for (Person p : document.persons()) {
            List<String> about = new ArrayList<>(p.roles());
            about.addAll(p.affiliations());
            line(out, "person", p.name() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")")
                    + " ×" + p.mentions().size());
        }
        for (Organisation o : document.organisations()) {
            line(out, "org", o.name() + (o.aliases().isEmpty() ? "" : " (" + String.join(", ", o.aliases()) + ")")
                    + " ×" + o.mentions().size());
        }
        for (DateFact d : document.dates()) {
            line(out, "when", d.iso() + (d.time() == null ? "" : " " + d.time()) + "  \"" + d.text().replaceAll("\\s+", " ")
                    + "\" (page " + d.page() + ")");
        }
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("%-9s %s%n", label + ":", value);
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
