package org.minutes.pipeline.extract;

import java.util.List;
import org.minutes.pipeline.Stage;
import org.minutes.pipeline.model.Document;
import org.minutes.pipeline.model.Page;

/**
 * Adds the people, organisations, dates and meeting facts found by {@link EntityExtractor} to a document.
 *
 * <p>Needs the title and meeting date from {@link MetadataStage} (it gives the year to "14 december"); runs on the
 * pages' current text, so after repair when repair runs first. Thread-safe.
 */
public final class EntityStage implements Stage {

    private final EntityExtractor extractor = new EntityExtractor();

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Document apply(Document document) {
        List<String> texts = document.pages().stream().map(Page::text).toList();
        EntityExtractor.Entities found = extractor.extract(texts, document.title(), document.meetingDate());
        return document.withMeeting(found.meeting()).withEntities(found.persons(), found.organisations(), found.dates());
    }
}
