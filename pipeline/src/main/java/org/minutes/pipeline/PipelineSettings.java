package org.minutes.pipeline;

import org.minutes.pipeline.lexicon.WordCounts;
import org.minutes.pipeline.ocr.OcrOptions;

/**
 * How the standard pipeline is set up.
 *
 * @param ocr when and how pages are OCR'd
 * @param archiveWords words and word pairs the archive learned from its trustworthy documents, for repair
 */
public record PipelineSettings(OcrOptions ocr, WordCounts archiveWords) {

    /** OCR where needed, no archive words: what {@code extract} uses on loose files. */
    public static PipelineSettings defaults() {
        return new PipelineSettings(OcrOptions.auto(), WordCounts.empty());
    }

    public PipelineSettings withOcr(OcrOptions options) {
        return new PipelineSettings(options, archiveWords);
    }

    public PipelineSettings withArchiveWords(WordCounts words) {
        return new PipelineSettings(ocr, words);
    }
}
