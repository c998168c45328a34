package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.lexicon.WordCounts;

class ClassBigramsTest {

    private final SwedishLexicon lexicon = SwedishLexicon.shared();
    private final ClassBigrams classes = ClassBigrams.of(lexicon);

    @Test
    void anInfinitiveIsLikelyAfterAttAndAPluralNounAfterAPluralPossessive() {
        assertThat(classes.factor(lexicon.id("att"), lexicon.id("ingå")))
                .isGreaterThan(classes.factor(lexicon.id("att"), lexicon.id("inga")));
        assertThat(classes.factor(lexicon.id("våra"), lexicon.id("tjänster")))
                .isGreaterThan(classes.factor(lexicon.id("vara"), lexicon.id("tjänster")));
    }

    @Test
    void aSentenceEndIsNoRarerThanItsShareOfPairsSays() {
        // Sentence ends have no unigram count; their class share comes from the pairs. The factor before one is a
        // ratio of probabilities, so it stays far below the share's inverse (it was in the hundreds).
        int end = lexicon.id(WordCounts.BOUNDARY);
        for (String word : new String[] {"här", "har", "och", "vård", "möte"}) {
            assertThat(classes.factor(lexicon.id(word), end)).as(word).isBetween(0.01, 15.0);
        }
    }

    @Test
    void aVerbThatGovernsAnInfinitiveIsFollowedByOne() {
        // kunnat is a supine like gjort, but the counts show it goes on with an infinitive: har kunnat tillsätta.
        assertThat(classes.factor(lexicon.id("kunnat"), lexicon.id("tillsätta")))
                .isGreaterThan(classes.factor(lexicon.id("kunnat"), lexicon.id("tillsatta")));
        assertThat(classes.factor(lexicon.id("kunnat"), lexicon.id("tillsätta")))
                .isGreaterThan(classes.factor(lexicon.id("gjort"), lexicon.id("tillsätta")));
        // våga is seldom counted, vågar often before an infinitive: the forms of one verb share the habit.
        assertThat(classes.factor(lexicon.id("våga"), lexicon.id("prova")))
                .isGreaterThan(classes.factor(lexicon.id("vaga"), lexicon.id("prova")));
    }

    @Test
    void aGoverningVerbKeepsItsFormsPlaceAndItsOtherPartsOfSpeech() {
        // har kunnat (a supine after har), att kunna (an infinitive after att), ett försök (försök is also a noun).
        assertThat(classes.factor(lexicon.id("har"), lexicon.id("kunnat"))).isGreaterThan(3.0);
        assertThat(classes.factor(lexicon.id("att"), lexicon.id("kunna"))).isGreaterThan(3.0);
        assertThat(classes.factor(lexicon.id("ett"), lexicon.id("försök"))).isGreaterThan(1.5);
    }

    @Test
    void aVerbsStemIsTheFormWithoutTheRegularEndingItsTagFits() {
        assertThat(ClassBigrams.verbStem("vågar", lexicon.bits("vågar"))).isEqualTo("våg");
        assertThat(ClassBigrams.verbStem("vågade", lexicon.bits("vågade"))).isEqualTo("våg");
        assertThat(ClassBigrams.verbStem("våga", lexicon.bits("våga"))).isEqualTo("våg");
        assertThat(ClassBigrams.verbStem("behöver", lexicon.bits("behöver"))).isEqualTo("behöv");
        // skar is a past tense, not a present in -r; mås is no verb; går is too short to lose an ending.
        assertThat(ClassBigrams.verbStem("skar", lexicon.bits("skar"))).isNull();
        assertThat(ClassBigrams.verbStem("mås", lexicon.bits("mås"))).isNull();
        assertThat(ClassBigrams.verbStem("går", lexicon.bits("går"))).isNull();
    }
}
