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
}
