package org.minutes.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minutes.pipeline.lexicon.SwedishLexicon;
import org.minutes.pipeline.lexicon.WordCounts;

class PerLexiconTest {

    @Test
    void derivesOncePerLexiconAndKeepsItWithTheLexicon() {
        AtomicInteger made = new AtomicInteger();
        PerLexicon<Object> model = new PerLexicon<>(lexicon -> {
            made.incrementAndGet();
            return new Object();
        });
        SwedishLexicon one = SwedishLexicon.shared();
        SwedishLexicon other = one.withArchive(WordCounts.empty());
        Object first = model.of(one);
        assertThat(model.of(one)).isSameAs(first);
        assertThat(model.of(other)).isNotSameAs(first).isSameAs(model.of(other));
        assertThat(made).hasValue(2);
    }

    @Test
    void aDerivationMayAskForAnother() {
        PerLexicon<String> inner = new PerLexicon<>(lexicon -> "inner");
        PerLexicon<String> outer = new PerLexicon<>(lexicon -> inner.of(lexicon) + " and outer");
        assertThat(outer.of(SwedishLexicon.shared())).isEqualTo("inner and outer");
    }
}
