package org.minutes.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OcrOptionsTest {

    @Test
    void presetsDifferOnlyInPolicy() {
        assertThat(OcrOptions.always()).isEqualTo(OcrOptions.auto().withPolicy(OcrPolicy.ALWAYS));
        assertThat(OcrOptions.never().policy()).isEqualTo(OcrPolicy.NEVER);
        assertThat(OcrOptions.auto().workers()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(OcrOptions.auto().language()).isEqualTo("swe");
    }

    @Test
    void refusesBadValuesNamingThem() {
        assertThatThrownBy(() -> OcrOptions.auto().withWorkers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("OCR workers must be at least 1, got 0");
        assertThatThrownBy(() -> OcrOptions.auto().withLanguage("swe; rm"))
                .hasMessage("not a Tesseract language: 'swe; rm' (expected e.g. swe or swe+eng)");
        assertThatThrownBy(() -> OcrOptions.auto().withPageTimeout(Duration.ZERO))
                .hasMessage("OCR page timeout must be positive and below 24 days, got PT0S");
        assertThatThrownBy(() -> OcrOptions.auto().withDpi(20)).hasMessage("OCR dpi must be between 70 and 1200, got 20");
    }
}
