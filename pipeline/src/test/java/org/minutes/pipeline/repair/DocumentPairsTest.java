package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;

class DocumentPairsTest {

    private final SwedishLexicon lexicon = SwedishLexicon.shared();

    @Test
    void countsPairsInOrderAndSkipsUnknownWords() {
        DocumentPairs pairs = new DocumentPairs(lexicon);
        assertThat(pairs.isEmpty()).isTrue();
        pairs.add(id("våra"), id("tjänster"));
        pairs.add(id("våra"), id("tjänster"));
        pairs.add(-1, id("tjänster"));
        assertThat(pairs.uses(id("våra"), id("tjänster"))).isEqualTo(2);
        assertThat(pairs.uses(id("tjänster"), id("våra"))).isZero();
        assertThat(pairs.uses(id("vara"), id("tjänster"))).isZero();
        assertThat(pairs.isEmpty()).isFalse();
    }

    @Test
    void keepsEveryPairWhenItGrows() {
        DocumentPairs pairs = new DocumentPairs(lexicon);
        for (int left = 0; left < 500; left++) {
            for (int k = 0; k <= left % 3; k++) {
                pairs.add(left, left + 1);
            }
        }
        for (int left = 0; left < 500; left++) {
            assertThat(pairs.uses(left, left + 1)).isEqualTo(left % 3 + 1);
            assertThat(pairs.uses(left + 1, left)).isZero();
        }
    }

    @Test
    void aPairGainsByItsUsesElsewhereNotByItsOwnPlace() {
        DocumentPairs pairs = document(20);
        pairs.add(id("våra"), id("tjänster"));
        assertThat(pairs.gain(id("våra"), id("tjänster"), 1)).isZero();
        pairs.add(id("våra"), id("tjänster"));
        assertThat(pairs.gain(id("våra"), id("tjänster"), 1)).isGreaterThan(1);
        assertThat(pairs.gain(id("vara"), id("tjänster"), 0)).isZero();
    }

    @Test
    void aPairTheCorpusKnowsWellGainsLessAndALongerDocumentLess() {
        DocumentPairs pairs = document(20);
        pairs.add(id("för"), id("att"));
        pairs.add(id("våra"), id("tjänster"));
        assertThat(pairs.gain(id("för"), id("att"), 0)).isLessThan(pairs.gain(id("våra"), id("tjänster"), 0) / 10);
        DocumentPairs longer = document(2000);
        longer.add(id("våra"), id("tjänster"));
        assertThat(longer.gain(id("våra"), id("tjänster"), 0)).isLessThan(pairs.gain(id("våra"), id("tjänster"), 0));
    }

    @Test
    void repairsAreCountedApartFromPairsAndCanBeTakenBack() {
        DocumentPairs pairs = document(20);
        pairs.addRepair(id("vårt"));
        pairs.addRepair(id("vårt"));
        pairs.add(id("vårt"), id("tält"));
        assertThat(pairs.repairs(id("vårt"))).isEqualTo(2);
        assertThat(pairs.repairs(id("vart"))).isZero();
        assertThat(pairs.repairs(-1)).isZero();
        assertThat(pairs.uses(id("vårt"), id("tält"))).isEqualTo(1);
        assertThat(pairs.repairGain(id("vårt"), 1)).isGreaterThan(0).isLessThan(pairs.repairGain(id("vårt"), 0));
        assertThat(pairs.repairGain(id("vårt"), 2)).isZero();
        pairs.removeRepair(id("vårt"));
        pairs.remove(id("vårt"), id("tält"));
        assertThat(pairs.repairs(id("vårt"))).isEqualTo(1);
        assertThat(pairs.uses(id("vårt"), id("tält"))).isZero();
        assertThat(pairs.gain(id("vårt"), id("tält"), 0)).isZero();
    }

    private DocumentPairs document(int words) {
        DocumentPairs pairs = new DocumentPairs(lexicon);
        for (int i = 0; i < words; i++) {
            pairs.countWord();
        }
        return pairs;
    }

    private int id(String word) {
        int id = lexicon.id(word);
        assertThat(id).as(word).isNotNegative();
        return id;
    }
}
