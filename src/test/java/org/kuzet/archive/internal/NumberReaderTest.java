package org.kuzet.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.matching.NumberMention;
import org.kuzet.matching.NumberReader;

class NumberReaderTest {

    private static List<Long> values(String text) {
        return Numbers.figures(text, NumberReader.find(text)).stream().map(NumberMention::value).toList();
    }

    @Test
    void digitsGluedToWords() {
        assertThat(values("14reports of threats")).containsExactly(14L);
    }

    @Test
    void englishWords() {
        assertThat(values("Five of them")).containsExactly(5L);
        assertThat(values("three court cases and two convictions")).containsExactly(3L, 2L);
        assertThat(values("twenty five journalists")).containsExactly(25L);
    }

    @Test
    void russianWordsInAnyCase() {
        assertThat(values("пять случаев")).containsExactly(5L);
        assertThat(values("двух журналистов")).containsExactly(2L);
        assertThat(values("четырнадцать сообщений")).containsExactly(14L);
        assertThat(values("сорока двух")).containsExactly(42L);
    }

    @Test
    void scaleWordsJoinDigits() {
        assertThat(values("78 million 100 thousand tenge")).containsExactly(78_100_000L);
        assertThat(values("KZT 512 millions and 300 thousand")).containsExactly(512_300_000L);
        assertThat(values("935 thousand 993 tenge")).containsExactly(935_993L);
        assertThat(values("78 млн 100 тыс. тенге")).containsExactly(78_100_000L);
        assertThat(values("935 тысяч 993 тенге")).containsExactly(935_993L);
    }

    @Test
    void groupedDigitsAndForeignCurrency() {
        assertThat(values("3 000 000 tenge (~$6,500)")).containsExactly(3_000_000L);
    }

    @Test
    void yearsDatesArticlesDurationsAndSharesAreNotFigures() {
        assertThat(values("Since 2019, over six years, under Article 158")).isEmpty();
        assertThat(values("On March 15 and 1.3 times and 80% of them")).isEmpty();
        assertThat(values("Article 73-3 of the Administrative Code")).isEmpty();
    }

    @Test
    void noOneIsZero() {
        assertThat(values("no one in court")).containsExactly(0L);
    }
}
