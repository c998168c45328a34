package org.minutes.cli.option;

import java.util.Locale;
import org.minutes.pipeline.PipelineSettings;
import org.minutes.pipeline.ocr.OcrOptions;
import org.minutes.pipeline.ocr.OcrPolicy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --ocr auto|always|never} and {@code --ocr-workers N}: when pages are OCR'd, and by how many engines. */
public final class OcrOption {

    @Option(names = "--ocr", paramLabel = "WHEN", converter = PolicyConverter.class,
            description = "auto (default): pages without text and old OCR layers without Swedish; always: every page "
                    + "of a scan or PDF; never: pages without text wait for OCR.")
    OcrPolicy policy = OcrPolicy.AUTO;

    @Option(names = "--ocr-workers", paramLabel = "N", description = "Pages OCR'd at once, one Tesseract each (default: number of cores).")
    Integer workers;

    /** {@code base} with these OCR choices. */
    public PipelineSettings apply(PipelineSettings base) {
        OcrOptions ocr = base.ocr().withPolicy(policy);
        if (workers != null) {
            ocr = ocr.withWorkers(workers);
        }
        return base.withOcr(ocr);
    }

    /** Reads auto, always or never, in any case. */
    static final class PolicyConverter implements ITypeConverter<OcrPolicy> {
        @Override
        public OcrPolicy convert(String value) {
            try {
                return OcrPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--ocr takes auto, always or never, not '" + value + "'");
            }
        }
    }
}
