package org.minutes.cli.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.minutes.pipeline.model.Document;

/**
 * The JSON shape of a document in {@code extract --json} and {@code show --json}: {@code source} first, then the
 * model's fields. Documented in the README; fields are added, never renamed.
 */
public final class DocumentJson {

    private DocumentJson() {
    }

    public static Map<String, Object> of(Document document) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", document.primarySource().path());
        json.put("id", document.id());
        json.put("title", document.title());
        json.put("date", document.meetingDate() == null ? null : document.meetingDate().iso());
        json.put("kind", document.kind());
        json.put("mediaType", document.mediaType());
        json.put("sources", document.sources());
        json.put("meeting", document.meeting());
        json.put("persons", document.persons());
        json.put("organisations", document.organisations());
        json.put("dates", document.dates());
        json.put("pages", document.pages());
        json.put("problems", document.problems());
        json.put("versions", document.versions());
        return json;
    }

    /** The line printed for a file that could not be processed. */
    public static Map<String, Object> failure(String source, String reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", source);
        json.put("error", reason);
        return json;
    }
}
