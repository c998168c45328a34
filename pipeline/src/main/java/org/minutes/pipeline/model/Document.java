package org.minutes.pipeline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One archived document as it flows through the pipeline: where it came from, its pages and what the stages
 * learned about it.
 *
 * <p>Immutable: every {@code with…} method returns a copy and leaves this instance untouched, so a stage can never
 * damage what an earlier stage produced. Lists and maps are copied on construction.
 *
 * @param id stable identity: a prefix of the SHA-256 of the source file's bytes
 * @param sources the file(s) this document was read from; the same bytes found at two paths are one document
 * @param mediaType the detected media type, such as {@code application/pdf}
 * @param kind the kind of source, used for filtering
 * @param title the title as printed or declared, or the file name when there is none
 * @param meetingDate the date of the meeting the document records, when known
 * @param pages the pages in order, numbered from 1
 * @param problems what went wrong while reading or processing, without failing the whole document
 * @param versions the name and version of each stage that produced this document (provenance)
 * @param meeting what the document says about the meeting it records, or null when it is not minutes (or not yet
 *     extracted)
 * @param persons the people named, each with every place they are named
 * @param organisations the organisations named
 * @param dates the date expressions found, in document order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Document(
        String id,
        List<Source> sources,
        String mediaType,
        SourceKind kind,
        String title,
        PartialDate meetingDate,
        List<Page> pages,
        List<Problem> problems,
        Map<String, String> versions,
        Meeting meeting,
        List<Person> persons,
        List<Organisation> organisations,
        List<DateFact> dates) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
        versions = Map.copyOf(versions);
        persons = persons == null ? List.of() : List.copyOf(persons);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        dates = dates == null ? List.of() : List.copyOf(dates);
    }

    /** A freshly read document: no title, date, problems or versions yet. */
    public static Document of(String id, Source source, String mediaType, SourceKind kind, List<Page> pages) {
        return new Document(id, List.of(source), mediaType, kind, null, null, pages, List.of(), Map.of(),
                null, List.of(), List.of(), List.of());
    }

    public Document withTitle(String newTitle) {
        return new Document(id, sources, mediaType, kind, newTitle, meetingDate, pages, problems, versions, meeting, persons, organisations, dates);
    }

    public Document withMeetingDate(PartialDate date) {
        return new Document(id, sources, mediaType, kind, title, date, pages, problems, versions, meeting, persons, organisations, dates);
    }

    public Document withPages(List<Page> newPages) {
        return new Document(id, sources, mediaType, kind, title, meetingDate, newPages, problems, versions, meeting, persons, organisations, dates);
    }

    public Document withSources(List<Source> newSources) {
        return new Document(id, newSources, mediaType, kind, title, meetingDate, pages, problems, versions, meeting, persons, organisations, dates);
    }

    /** A copy with {@code more} problems appended after the existing ones. */
    public Document withProblems(List<Problem> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new Document(id, sources, mediaType, kind, title, meetingDate, pages, all, versions, meeting, persons, organisations, dates);
    }

    /** A copy recording that {@code stage} at {@code version} worked on this document. */
    public Document withVersion(String stage, String version) {
        Map<String, String> all = new LinkedHashMap<>(versions);
        all.put(stage, version);
        return new Document(id, sources, mediaType, kind, title, meetingDate, pages, problems, all, meeting, persons, organisations, dates);
    }

    /** A copy with the people, organisations and dates found in it, replacing any found before. */
    public Document withEntities(List<Person> newPersons, List<Organisation> newOrganisations, List<DateFact> newDates) {
        return new Document(id, sources, mediaType, kind, title, meetingDate, pages, problems, versions, meeting,
                newPersons, newOrganisations, newDates);
    }

    /** A copy with what it says about its meeting; null when it is not minutes. */
    public Document withMeeting(Meeting newMeeting) {
        return new Document(id, sources, mediaType, kind, title, meetingDate, pages, problems, versions, newMeeting,
                persons, organisations, dates);
    }

    /** The first source: where the document was first found. */
    public Source primarySource() {
        return sources.get(0);
    }

    /** All page texts joined by a blank line; convenient for whole-document analysis. */
    public String fullText() {
        StringBuilder sb = new StringBuilder();
        for (Page page : pages) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(page.text());
        }
        return sb.toString();
    }
}
