package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;

class DocumentVocabularyTest {

    private final SwedishLexicon lexicon = SwedishLexicon.shared();
    private final LastParts lastParts = new LastParts(lexicon);

    @Test
    void aWordTheDocumentUsesAsACompoundPartGainsAndItsTwinDoesNot() {
        DocumentVocabulary vocabulary = document("egenvård", "ungdomsvård");
        assertThat(bonus(vocabulary, "vård")).isGreaterThan(2);
        assertThat(bonus(vocabulary, "värd")).isZero();
        // A compound reading gains through its last part.
        assertThat(bonus(vocabulary, "familjehemsvård")).isEqualTo(bonus(vocabulary, "vård"));
        assertThat(bonus(vocabulary, "familjehemsvärd")).isZero();
    }

    @Test
    void anAnchorCountsForItselfAndForItsLastPartWhenThatHasATwin() {
        assertThat(anchor("egenvård")).isEqualTo(new DocumentVocabulary.Anchor(lexicon.id("egenvård"), lexicon.id("vård")));
        assertThat(anchor("kommunstyrelsen").tail()).isEqualTo(-1);
    }

    @Test
    void aCompoundGainsFromItsLastPartWrittenAlone() {
        assertThat(bonus(document("vård"), "familjehemsvård")).isGreaterThan(2);
    }

    @Test
    void withoutAnchorsNothingGains() {
        assertThat(bonus(document(), "vård")).isZero();
    }

    @Test
    void aWordTheCountsKnowWellGainsLittle() {
        DocumentVocabulary rare = document("egenvård");
        DocumentVocabulary common = document("och");
        assertThat(lexicon.count("och")).isGreaterThan(100 * (lexicon.count("vård") + 1));
        assertThat(bonus(common, "och")).isLessThan(bonus(rare, "vård") / 4);
    }

    @Test
    void theLongerTheDocumentTheLessOneUseWeighs() {
        DocumentVocabulary shortText = document("egenvård");
        DocumentVocabulary longText = document("egenvård");
        for (int i = 0; i < 2000; i++) {
            longText.add(DocumentVocabulary.NONE);
        }
        assertThat(bonus(longText, "vård")).isLessThan(bonus(shortText, "vård"));
    }

    @Test
    void closingLeavesTheScratchArrayZeroForTheNextDocument() {
        int[] scratch = new int[lexicon.size()];
        DocumentVocabulary vocabulary = new DocumentVocabulary(lexicon, scratch);
        vocabulary.add(anchor("egenvård"));
        vocabulary.add(anchor("egenvård"));
        assertThat(scratch[lexicon.id("vård")]).isEqualTo(2);
        vocabulary.close();
        assertThat(Arrays.stream(scratch).allMatch(n -> n == 0)).isTrue();
    }

    private DocumentVocabulary.Anchor anchor(String word) {
        return DocumentVocabulary.anchor(lastParts, word, lexicon.id(word));
    }

    private double bonus(DocumentVocabulary vocabulary, String candidate) {
        return vocabulary.bonus(lexicon.id(candidate), lastParts.of(candidate));
    }

    /** A document of 40 words, of which {@code anchors} are the only unambiguous ones. */
    private DocumentVocabulary document(String... anchors) {
        DocumentVocabulary vocabulary = new DocumentVocabulary(lexicon, new int[lexicon.size()]);
        for (String anchor : anchors) {
            vocabulary.add(anchor(anchor));
        }
        for (int i = anchors.length; i < 40; i++) {
            vocabulary.add(DocumentVocabulary.NONE);
        }
        return vocabulary;
    }
}
