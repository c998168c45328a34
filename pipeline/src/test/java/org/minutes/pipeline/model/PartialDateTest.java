package org.minutes.pipeline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void writesIsoForEveryPrecision() {
        assertThat(new PartialDate(2020, 11, 16).iso()).isEqualTo("2020-11-16");
        assertThat(new PartialDate(2020, 11, null).iso()).isEqualTo("2020-11");
        assertThat(new PartialDate(2021, null, null).iso()).isEqualTo("2021");
        assertThat(new PartialDate(null, 3, 9).iso()).isEqualTo("--03-09");
    }

    @Test
    void parsesWhatItWrites() {
        for (String iso : new String[] {"2020-11-16", "2020-11", "2021", "--03-09"}) {
            assertThat(PartialDate.parse(iso).iso()).isEqualTo(iso);
        }
    }

    @Test
    void knowsItsRange() {
        PartialDate february = PartialDate.parse("2020-02");
        assertThat(february.firstDay()).isEqualTo(LocalDate.of(2020, 2, 1));
        assertThat(february.lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PartialDate.parse("--03-09").firstDay()).isNull();
        assertThat(PartialDate.parse("--03-09").precision()).isEqualTo(PartialDate.Precision.DAY_WITHOUT_YEAR);
    }

    @Test
    void refusesImpossibleDates() {
        assertThatThrownBy(() -> new PartialDate(2021, 2, 29)).hasMessageContaining("no such date");
        assertThatThrownBy(() -> new PartialDate(2021, 13, null)).hasMessageContaining("month");
        assertThatThrownBy(() -> PartialDate.parse("16/11")).hasMessageContaining("not a date");
    }

    @Test
    void acceptsTwentyNinthOfFebruaryWithoutYear() {
        assertThat(new PartialDate(null, 2, 29).iso()).isEqualTo("--02-29");
    }
}
