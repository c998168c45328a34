package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcrConfusionsTest {

    @Test
    void aStrippedDiacriticIsCountedAndCostsNothingHere() {
        int[] stripped = new int[1];
        assertThat(OcrConfusions.diacriticCost("bank", "bänk", stripped)).isZero();
        assertThat(stripped[0]).isEqualTo(1);
    }

    @Test
    void aPrintedSwedishLetterIsNeverFoldedAway() {
        int[] stripped = new int[1];
        assertThat(OcrConfusions.diacriticCost("bänk", "bank", stripped)).isInfinite();
        assertThat(OcrConfusions.diacriticCost("vårdprocessen", "värdprocessen", stripped)).isInfinite();
        assertThat(OcrConfusions.diacriticCost("möta", "mäta", stripped)).isInfinite();
    }

    @Test
    void anotherDiacriticCostsAndOtherLettersDoNotMatch() {
        int[] stripped = new int[1];
        assertThat(OcrConfusions.diacriticCost("idé", "ide", stripped)).isEqualTo(OcrConfusions.ADDED_OR_CHANGED_DIACRITIC);
        assertThat(OcrConfusions.diacriticCost("hus", "hos", stripped)).isInfinite();
        assertThat(OcrConfusions.diacriticCost("hus", "huset", stripped)).isInfinite();
    }

    @Test
    void aLongWordMayHoldThreeMisreadsButNotFour() {
        assertThat(OcrConfusions.variants("f6rs6rjningsst6det")).extracting(OcrConfusions.Variant::text)
                .contains("försörjningsstödet");
        assertThat(OcrConfusions.variants("f6rs6rjningsst6d6t")).extracting(OcrConfusions.Variant::text)
                .doesNotContain("försörjningsstödöt");
        assertThat(SwedishRepairer.shared().repair("Kostnaden for f6rs6rjningsst6det okar.").text())
                .isEqualTo("Kostnaden för försörjningsstödet ökar.");
    }

    @Test
    void theMisreadsBetweenSwedishLettersComeFromTheTableAtAPrice() {
        assertThat(OcrConfusions.variants("bäst"))
                .anySatisfy(v -> {
                    assertThat(v.text()).isEqualTo("båst");
                    assertThat(v.cost()).isEqualTo(4.0);
                });
        assertThat(OcrConfusions.variants("méta")).extracting(OcrConfusions.Variant::text).contains("möta", "mäta");
    }

    @Test
    void aSymbolWithTheLetterBesideItStandsForOneSwedishLetter() {
        // Tesseract's English model prints ä as &a and ö as 6é, two characters for one.
        assertThat(OcrConfusions.variants("n&asta")).extracting(OcrConfusions.Variant::text).contains("nästa");
        assertThat(OcrConfusions.variants("skolsk6éterskorna")).extracting(OcrConfusions.Variant::text)
                .contains("skolsköterskorna");
        assertThat(SwedishRepairer.shared().repair("N&asta mote halls hos skolsk6éterskorna.").text())
                .isEqualTo("Nästa möte hålls hos skolsköterskorna.");
        // 6o at a word's end is still ö; a number with a letter or two (4an) is no misread.
        assertThat(SwedishRepairer.shared().repair("Vi badade i sj6o och det galler 4an.").text())
                .isEqualTo("Vi badade i sjö och det gäller 4an.");
        // 4a for ä and € for å at a word's start; a number with its letter (4a §) or an amount (€100) stays.
        assertThat(SwedishRepairer.shared().repair("Det 4arendet far vi €terkomma till, enligt 4a § och €100.")
                .text()).isEqualTo("Det ärendet får vi återkomma till, enligt 4a § och €100.");
    }

    @Test
    void twoPlainLettersForOneAreNotReadAtAWordsStart() {
        // sldapps is släpps, Volontadrerna Volontärerna; but the d of dar is a letter of där, not half of an ä.
        assertThat(OcrConfusions.variants("sldapps")).extracting(OcrConfusions.Variant::text).contains("släpps");
        assertThat(OcrConfusions.variants("volontadrerna")).extracting(OcrConfusions.Variant::text)
                .contains("volontärerna");
        assertThat(OcrConfusions.variants("dar")).extracting(OcrConfusions.Variant::text).doesNotContain("är");
        assertThat(SwedishRepairer.shared().repair("Vi arbetar i team dar samma personal besoker brukaren.").text())
                .isEqualTo("Vi arbetar i team där samma personal besöker brukaren.");
    }
}
