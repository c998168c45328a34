package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;

class LastPartsTest {

    private final SwedishLexicon lexicon = SwedishLexicon.shared();
    private final LastParts parts = new LastParts(lexicon);

    @Test
    void theLastPartOfACompoundIsTheEndingWhoseDiacriticsAreAmbiguous() {
        assertThat(parts.of("ungdomsvård")).isEqualTo(lexicon.id("vård"));
        assertThat(parts.of("sjukvården")).isEqualTo(lexicon.id("vården"));
        assertThat(parts.of("bibliotek")).isEqualTo(-1);
    }

    @Test
    void theHeadOfAnUnknownCompoundIsItsLongestListedEndingAfterAPartThatOpensACompound() {
        assertThat(lexicon.knowsListed("invånarreporter")).isFalse();
        assertThat(parts.head("invånarreporter")).isEqualTo(lexicon.id("reporter"));
        assertThat(lexicon.word(parts.head("överförmyndarnämnden"))).endsWith("nämnden");
        // No part opens a compound before these endings, or no ending is a listed word.
        assertThat(parts.head("xqzwreporter")).isEqualTo(-1);
        assertThat(parts.head("kafedzic")).isEqualTo(-1);
    }
}
