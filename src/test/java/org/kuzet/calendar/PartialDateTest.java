package org.kuzet.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void keepsThePrecisionItWasWrittenWith() {
        assertThat(PartialDate.parse("2024-03-15").precision()).isEqualTo(PartialDate.Precision.DAY);
        assertThat(PartialDate.parse("2024-03").toString()).isEqualTo("2024-03");
        assertThat(PartialDate.parse("2020").end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(PartialDate.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesDaysThatDoNotExistAndOtherForms() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).hasMessageContaining("not a day that exists");
        assertThatThrownBy(() -> PartialDate.parse("2024-13")).hasMessageContaining("not a day that exists");
        assertThatThrownBy(() -> PartialDate.parse("15.03.2024")).hasMessageContaining("YYYY-MM-DD");
    }

    @Test
    void takesYearsFrom1900ToNextYearInKazakhstanOnly() {
        int next = java.time.Year.now(org.kuzet.core.Today.KAZAKHSTAN).getValue() + 1;
        assertThat(PartialDate.parse("1900-01-01").start()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(PartialDate.parse(String.valueOf(next)).start().getYear()).isEqualTo(next);
        assertThatThrownBy(() -> PartialDate.parse("0000-01-01"))
                .hasMessage("must be a year from 1900 to " + next + ", not '0000-01-01'");
        assertThatThrownBy(() -> PartialDate.parse("1899-12")).hasMessageContaining("from 1900");
        assertThatThrownBy(() -> PartialDate.parse((next + 1) + "-01")).hasMessage("is in the future (" + (next + 1)
                + "-01)");
    }
}
