package org.minutes.pipeline.normalize;

import org.minutes.pipeline.Stage;
import org.minutes.pipeline.model.Document;

/**
 * Applies {@link TextNormalizer} to every page. The change is canonical (nothing a reader would call different
 * text), so the normalized text replaces the obtained text rather than standing beside it.
 */
public final class NormalizeStage implements Stage {

    @Override
    public String name() {
        return "normalize";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Document apply(Document document) {
        return document.withPages(document.pages().stream()
                .map(page -> page.withNormalizedText(TextNormalizer.normalize(page.text())))
                .toList());
    }
}
