package org.kuzet.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates with the precision they are written with: a day, a month, or a day without its year. */
class DateReaderTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Суд состоялся 15 октября 2025 года.|2025-10-15",
        "on 8 June 2022 the regions were created|2022-06-08",
        "decided on October 15, 2025 in Astana|2025-10-15",
        "решение от 03.02.2024 вступило в силу|2024-02-03",
        "2025 жылғы 15 қазанда сот болды|2025-10-15",
        "On October 15, during the OSCE conference|--10-15",
        "с 9 мая журналист под арестом|--05-09",
        "В марте 2024 года мониторинг зафиксировал|2024-03",
        "In March 2024 the monitoring recorded|2024-03",
        "2024 жылғы наурызда тіркелді|2024-03",
    })
    void aDateKeepsItsPrecision(String text, String value) {
        assertThat(DateReader.find(text)).extracting(DateMention::value).containsExactly(value);
    }

    @Test
    void offsetsPointAtTheDate() {
        String text = "Суд состоялся 15 октября 2025 года.";
        DateMention date = DateReader.find(text).getFirst();
        assertThat(text.substring(date.start(), date.end())).isEqualTo(date.text()).startsWith("15 октября 2025");
    }

    @Test
    void numbersThatAreNoDatesAreLeft() {
        assertThat(DateReader.find("article 32.5 of the code, 45.13.2024, 3 мартовских митинга")).isEmpty();
    }

    @Test
    void monthNamesInAnyCase() {
        assertThat(Months.number("марта")).isEqualTo(3);
        assertThat(Months.number("мае")).isEqualTo(5);
        assertThat(Months.number("мамыр")).isEqualTo(5);
        assertThat(Months.number("қазанда")).isEqualTo(10);
        assertThat(Months.number("December")).isEqualTo(12);
        assertThat(Months.number("маслом")).isZero();
    }
}
