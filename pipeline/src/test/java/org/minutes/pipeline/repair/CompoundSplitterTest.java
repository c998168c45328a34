package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minutes.pipeline.lexicon.SwedishLexicon;

/** Compounds read from folds over the real Swedish lexicon (none of these words is in a seed document). */
class CompoundSplitterTest {

    private static final CompoundSplitter SPLITTER = new CompoundSplitter(SwedishLexicon.shared());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // stripped diacritics put back in either part
        "lakarbesok, läkarbesök, 2",
        "fargtryck, färgtryck, 2",
        // compounding forms: skola → skole-, tjänst → tjänste-, kyrkogård + s
        "hogskoleutbildning, högskoleutbildning, 2",
        "tjanstebil, tjänstebil, 2",
        "kyrkogardsforvaltningen, kyrkogårdsförvaltningen, 2",
        "sjukskoterskeutbildning, sjuksköterskeutbildning, 2",
        // three parts when no two do
        "kyrkogardsgrindsnyckel, kyrkogårdsgrindsnyckel, 3"})
    void readsStrippedCompounds(String token, String word, int parts) {
        List<CompoundSplitter.Reading> readings = SPLITTER.readings(token);
        assertThat(readings).isNotEmpty();
        assertThat(readings.get(0).word()).isEqualTo(word);
        assertThat(readings.get(0).parts()).isEqualTo(parts);
        assertThat(readings).isSortedAccordingTo((a, b) -> Double.compare(a.cost(), b.cost()));
    }

    @Test
    void keepsACorrectCompoundAsPrinted() {
        assertThat(SPLITTER.readings("barnomsorgen")).extracting(CompoundSplitter.Reading::word)
                .containsExactly("barnomsorgen");
    }

    @Test
    void findsNoCompoundInNamesOrNonsense() {
        assertThat(SPLITTER.readings("kafedzic")).isEmpty();
        assertThat(SPLITTER.readings("xqzvkwpt")).isEmpty();
        // too short to hold two parts of three letters
        assertThat(SPLITTER.readings("hemma")).isEmpty();
    }

    @Test
    void countsAPartsUsesOnlyWhereTheRestCouldBeACompoundsOtherPart() {
        // elevråden (elev + råden) counts for -råden, områden (om... + råden) does not: om is no compounding form
        // (the filter may err towards yes, so the counts are at least the exact ones and at most all endings).
        int raden = SPLITTER.lastPartUses("raden");
        int raaden = SPLITTER.lastPartUses("råden");
        assertThat(raaden).isLessThan(30);
        assertThat(raden).isGreaterThan(5);
        assertThat(SPLITTER.lastPartUses("vård")).isGreaterThan(SPLITTER.lastPartUses("värd"));
        assertThat(SPLITTER.firstPartUses("vård")).isGreaterThan(10);
        assertThat(SPLITTER.firstPartUses("xqzv")).isZero();
    }

    @Test
    void threePartsOnlyWhenAsked() {
        assertThat(SPLITTER.readings("kyrkogardsgrindsnyckel", false)).isEmpty();
    }

    @Test
    void aCompoundMayEndInAnInflectionOnlyHunspellGives() {
        // ängen is in no Morfologik list; without it strandangen read as strån + dan + gen.
        assertThat(SPLITTER.readings("strandangen")).extracting(CompoundSplitter.Reading::word).first()
                .isEqualTo("strandängen");
    }

    @Test
    void readsAnAgentNounOfAListedVerbAsOneWithItsCompoundHead() {
        // bläddra → bläddrare: the dictionary lacks insticksbläddrare, and without the -are rule the cheapest
        // reading ended in the rare form äre (insticksbläddräre).
        assertThat(SPLITTER.readings("insticksbladdrare")).extracting(CompoundSplitter.Reading::word).first()
                .isEqualTo("insticksbläddrare");
        assertThat(SPLITTER.readings("multiplicerarna")).extracting(CompoundSplitter.Reading::word).first()
                .isEqualTo("multiplicerarna");
        // The act, in -andet, from the same stem: förelägga → föreläggandet.
        assertThat(SPLITTER.readings("forelaggandet")).extracting(CompoundSplitter.Reading::word).first()
                .isEqualTo("föreläggandet");
        // Only verbs in -a form agent nouns this way: kyrka is no verb.
        assertThat(SPLITTER.readings("kyrkare")).extracting(CompoundSplitter.Reading::word)
                .doesNotContain("kyrkare");
    }
}
