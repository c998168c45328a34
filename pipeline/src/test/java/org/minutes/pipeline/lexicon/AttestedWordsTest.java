package org.minutes.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttestedWordsTest {

    @Test
    void answersForTheFormsItWasGivenOnly() {
        AttestedWords words = AttestedWords.of(List.of("sjukvård", "tandvård", "vård", "husvärd", "värd"));
        assertThat(words.size()).isEqualTo(5);
        assertThat(words.contains("tandvård")).isTrue();
        assertThat(words.contains("tandvärd")).isFalse();
        assertThat(words.contains("")).isFalse();
    }

    @Test
    void countsTheFormsEndingInAPartAfterEnoughLettersThatTheTestAccepts() {
        AttestedWords words = AttestedWords.of(List.of("sjukvård", "tandvård", "vård", "husvärd", "värd", "avård"));
        assertThat(words.endingIn("vård", 3, rest -> true)).isEqualTo(2);
        assertThat(words.endingIn("vård", 1, rest -> true)).isEqualTo(3);
        assertThat(words.endingIn("vård", 0, rest -> true)).isEqualTo(4);
        assertThat(words.endingIn("vård", 3, rest -> rest.equals("tand"))).isEqualTo(1);
        assertThat(words.endingIn("värd", 3, rest -> true)).isEqualTo(1);
        assertThat(words.endingIn("gård", 0, rest -> true)).isZero();
    }

    @Test
    void countsTheFormsBeginningWithAPartBeforeEnoughLettersThatTheTestAccepts() {
        AttestedWords words = AttestedWords.of(List.of("vårdplan", "vårdcentral", "vårda", "värdland", "vård"));
        assertThat(words.startingWith("vård", 3, rest -> true)).isEqualTo(2);
        assertThat(words.startingWith("vård", 0, rest -> true)).isEqualTo(4);
        assertThat(words.startingWith("vård", 3, rest -> rest.equals("plan"))).isEqualTo(1);
        assertThat(words.startingWith("värd", 3, rest -> true)).isEqualTo(1);
        assertThat(words.startingWith("gård", 0, rest -> true)).isZero();
    }

    @Test
    void theShippedListHoldsCommonSwedishFormsInLowerCase() throws IOException {
        AttestedWords shipped = AttestedWords.shipped();
        assertThat(shipped.size()).isGreaterThan(100_000);
        assertThat(List.of("förvaltningen", "sammanträde", "närvarande", "beslutade", "åtgärder", "sjukvården"))
                .allMatch(shipped::contains);
        assertThat(List.of("forvaltningen", "sammantrade", "narvarande", "åtgarder", "Förvaltningen"))
                .noneMatch(shipped::contains);
    }

    @Test
    void theEnglishListAnswersForEnglishForms() throws IOException {
        AttestedWords english = AttestedWords.english();
        assertThat(english.size()).isGreaterThan(100_000);
        assertThat(List.of("the", "convert", "image", "meeting")).allMatch(english::contains);
        assertThat(english.contains("förvaltningen")).isFalse();
    }

    @Test
    void englishOnlyMeansNoSwedishWordEvenWithDiacriticsPutBack() {
        SwedishLexicon lexicon = SwedishLexicon.shared();
        assertThat(lexicon.englishOnly("the")).isTrue();
        assertThat(lexicon.englishOnly("convert")).isTrue();
        assertThat(lexicon.englishOnly("for")).as("Swedish too").isFalse();
        assertThat(lexicon.englishOnly("to")).as("tö stripped").isFalse();
        assertThat(lexicon.englishOnly("förvaltningen")).isFalse();
    }

    @Test
    void theLexiconCountsCountedWordsAsAttestedToo() {
        SwedishLexicon lexicon = SwedishLexicon.shared();
        assertThat(lexicon.attested("förvaltningen")).isTrue();
        assertThat(lexicon.attested("och")).isTrue();
        assertThat(lexicon.attested("forvaltningen")).isFalse();
    }
}
