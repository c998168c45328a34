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
    void aVerbsStemIsTheFormWithoutItsRegularEnding() {
        assertThat(ClassBigrams.verbStem("vågar")).isEqualTo("våg");
        assertThat(ClassBigrams.verbStem("vågade")).isEqualTo("våg");
        assertThat(ClassBigrams.verbStem("våga")).isEqualTo("våg");
        assertThat(ClassBigrams.verbStem("behöver")).isEqualTo("behöv");
        assertThat(ClassBigrams.verbStem("behövt")).isEqualTo("behöv");
        // Too short to lose an ending.
        assertThat(ClassBigrams.verbStem("går")).isEqualTo("går");
    }
}
