package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;

class DocumentVocabularyTest {

    private final SwedishLexicon lexicon = SwedishLexicon.shared();

    @Test
    void aWordTheDocumentUsesAsACompoundPartGainsAndItsTwinDoesNot() {
        DocumentVocabulary vocabulary = document("egenvård", "ungdomsvård");
        assertThat(vocabulary.bonus("vård")).isGreaterThan(2);
        assertThat(vocabulary.bonus("värd")).isZero();
        // A compound reading gains through its last part.
        assertThat(vocabulary.bonus("familjehemsvård")).isEqualTo(vocabulary.bonus("vård"));
        assertThat(vocabulary.bonus("familjehemsvärd")).isZero();
    }

    @Test
    void withoutAnchorsNothingGains() {
        DocumentVocabulary vocabulary = document();
        assertThat(vocabulary.bonus("vård")).isZero();
    }

    @Test
    void aWordTheCountsKnowWellGainsLittle() {
        DocumentVocabulary rare = document("egenvård");
        DocumentVocabulary common = document("och");
        assertThat(lexicon.count("och")).isGreaterThan(100 * (lexicon.count("vård") + 1));
        assertThat(common.bonus("och")).isLessThan(rare.bonus("vård") / 4);
    }

    @Test
    void theLongerTheDocumentTheLessOneUseWeighs() {
        DocumentVocabulary shortText = document("egenvård");
        DocumentVocabulary longText = document("egenvård");
        for (int i = 0; i < 2000; i++) {
            longText.add(null);
        }
        assertThat(longText.bonus("vård")).isLessThan(shortText.bonus("vård"));
    }

    /** A document of 40 words, of which {@code anchors} are the only unambiguous ones. */
    private DocumentVocabulary document(String... anchors) {
        DocumentVocabulary vocabulary = new DocumentVocabulary(lexicon, new LastParts(lexicon));
        for (String anchor : anchors) {
            vocabulary.add(anchor);
        }
        for (int i = anchors.length; i < 40; i++) {
            vocabulary.add(null);
        }
        return vocabulary;
    }
}
