package org.minutes.pipeline.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LexiconIndexTest {

    @Test
    void theShippedIndexIsExactlyWhatTheSourcesGive() throws IOException {
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        LexiconIndex.fromSources(SwedishLexicon.hunspell()).write(fresh);
        byte[] shipped;
        try (InputStream in = LexiconIndex.class.getResourceAsStream(LexiconIndex.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(fresh.toByteArray())
                .as("rebuild with scripts/lexicon/BuildLexiconIndex.java after changing the sources")
                .isEqualTo(shipped);
    }

    @Test
    void aFormHunspellForbidsIsNoListedWord() {
        SwedishLexicon lexicon = SwedishLexicon.shared();
        // sv_SE.dic forbids the misspelling and the surname in lower case (flag %), and lists the surname capitalised.
        assertThat(lexicon.knowsListed("arbetstillfallen")).isFalse();
        assertThat(lexicon.knowsListed("arbetstillfällen")).isTrue();
        assertThat(lexicon.bits("lindström") & SwedishLexicon.CAPITALISED).isNotZero();
    }

    @Test
    void inflectionsOfWordsBeginningWithASwedishLetterAreListed() {
        // Morfologik lacks most forms beginning with å, ä or ö; Hunspell's affix rules give them (äng → ängen).
        SwedishLexicon lexicon = SwedishLexicon.shared();
        assertThat(lexicon.knowsListed("ängen")).isTrue();
        assertThat(lexicon.knowsListed("ängarna")).isTrue();
        // Only those: a form beginning with a plain letter is listed only when a source lists it.
        assertThat(lexicon.knowsListed("armkrafts")).isFalse();
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        LexiconIndex index = new LexiconIndex(new String[] {"<s>", "år", "är"},
                new int[] {0, SwedishLexicon.NOUN, SwedishLexicon.VERB | SwedishLexicon.PRESENT}, new int[] {0, 3, 9},
                new int[] {2}, new int[] {0}, new int[] {2}, new int[] {4});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.write(out);
        LexiconIndex back = LexiconIndex.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.words).containsExactly("<s>", "år", "är");
        assertThat(back.bits).containsExactly(0, SwedishLexicon.NOUN, SwedishLexicon.VERB | SwedishLexicon.PRESENT);
        assertThat(back.counts).containsExactly(0, 3, 9);
        assertThat(back.common).containsExactly(2);
        assertThat(back.pairCount).containsExactly(4);
    }

    @Test
    void knowsWordsTheirPartsOfSpeechAndPairsByNumber() {
        SwedishLexicon lexicon = SwedishLexicon.shared();
        assertThat(lexicon.bits("göra") & SwedishLexicon.INFINITIVE).isNotZero();
        assertThat(lexicon.bits("hus") & SwedishLexicon.NEUTER).isNotZero();
        assertThat(lexicon.id("xqzzy")).isEqualTo(-1);
        assertThat(lexicon.pairCount(lexicon.id("att"), lexicon.id("vara")))
                .isEqualTo(lexicon.pairCount("att", "vara")).isPositive();
    }
}
