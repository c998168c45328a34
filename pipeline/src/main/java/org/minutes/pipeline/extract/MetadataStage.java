package org.minutes.pipeline.extract;

import java.nio.file.Path;
import java.util.List;
import org.minutes.pipeline.Stage;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;
import org.minutes.pipeline.model.PartialDate;

/**
 * Gives every document a title and, when one can be found, the date of the meeting it records.
 *
 * <p>Title: the one the file declares, else the first line of text, else the file name. Meeting date: the first date
 * in the title, else in the file name (archivists often date their files), else in the first lines of the text.
 * A date whose year was not printed stays without a year rather than getting an invented one.
 */
public final class MetadataStage implements Stage {

    /** How many lines from the top of the first page may hold the meeting date. */
    static final int HEADER_LINES = 5;
    static final int MAX_TITLE = 160;

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Document apply(Document document) {
        List<String> header = headerLines(document);
        String fileName = Path.of(document.primarySource().path()).getFileName().toString();
        String title = document.title() != null ? document.title() : header.isEmpty() ? fileName : shorten(header.get(0));
        PartialDate date = firstDate(title);
        if (date == null) {
            date = SwedishDateParser.fromFileName(fileName);
        }
        for (int i = 0; date == null && i < header.size(); i++) {
            date = firstDate(header.get(i));
        }
        return document.withTitle(title).withMeetingDate(date);
    }

    private static PartialDate firstDate(String text) {
        List<DateMention> dates = SwedishDateParser.findAll(text);
        return dates.isEmpty() ? null : dates.get(0).date();
    }

    private static List<String> headerLines(Document document) {
        for (Page page : document.pages()) {
            if (!page.isEmpty()) {
                return page.text().lines().map(String::strip).filter(line -> !line.isEmpty()).limit(HEADER_LINES).toList();
            }
        }
        return List.of();
    }

    private static String shorten(String line) {
        if (line.length() <= MAX_TITLE) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_TITLE);
        return line.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE) + "…";
    }
}
