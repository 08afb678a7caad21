package org.kuzet.report;

import org.kuzet.report.internal.Change;
import org.kuzet.report.internal.English;
import org.kuzet.report.internal.Kazakh;
import org.kuzet.report.internal.Noun;
import org.kuzet.report.internal.Russian;
import org.kuzet.report.internal.Wording;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kuzet.calendar.PartialDate;

/** Numbers, money, months, plurals and comparisons as each language writes them (no database needed). */
class WordingTest {

    private final Wording en = new English();
    private final Wording ru = new Russian();
    private final Wording kk = new Kazakh();

    @Test
    void moneyInMillionsAndThousandsAsTheSeedsWriteIt() {
        assertThat(en.money(78_100_000)).isEqualTo("78 million 100 thousand tenge");
        assertThat(en.money(935_993)).isEqualTo("935 thousand 993 tenge");
        assertThat(ru.money(78_100_000)).isEqualTo("78 миллионов 100 тысяч тенге");
        assertThat(ru.money(935_993)).isEqualTo("935 тысяч 993 тенге");
        assertThat(ru.money(2_021_000)).isEqualTo("2 миллиона 21 тысяча тенге");
        assertThat(ru.money(1_000_000_000)).isEqualTo("1 миллиард тенге");
        assertThat(kk.money(78_100_000)).isEqualTo("78 миллион 100 мың теңге");
        assertThat(kk.money(935_993)).isEqualTo("935 мың 993 теңге");
        assertThat(en.money(0)).isEqualTo("0 tenge");
        assertThat(en.money(512_300_000)).isEqualTo("512 million 300 thousand tenge");
    }

    @Test
    void russianNounsTakeTheFormTheNumberAsks() {
        assertThat(ru.count(1, Noun.CASE)).isEqualTo("1 дело");
        assertThat(ru.count(2, Noun.CASE)).isEqualTo("2 дела");
        assertThat(ru.count(6, Noun.CASE)).isEqualTo("6 дел");
        assertThat(ru.count(11, Noun.CASE)).isEqualTo("11 дел");
        assertThat(ru.count(21, Noun.CASE)).isEqualTo("21 дело");
        assertThat(ru.count(8, Noun.MONTH)).isEqualTo("8 месяцев");
        assertThat(ru.count(3, Noun.MONTH)).isEqualTo("3 месяца");
        assertThat(ru.count(1, Noun.REPORT)).isEqualTo("1 сообщение");
        assertThat(ru.count(13, Noun.REPORT)).isEqualTo("13 сообщений");
        assertThat(ru.count(22, Noun.REPORT)).isEqualTo("22 сообщения");
        assertThat(kk.count(7, Noun.REPORT)).isEqualTo("7 хабарлама");
        assertThat(en.count(1, Noun.REPORT)).isEqualTo("1 report");
        assertThat(en.count(7, Noun.REPORT)).isEqualTo("7 reports");
    }

    @Test
    void monthsAndDates() {
        Period march = Period.parse("2024-03");
        assertThat(en.recorded(march)).isEqualTo("In March 2024 the monitoring recorded:");
        assertThat(ru.recorded(march)).isEqualTo("В марте 2024 года мониторинг зафиксировал:");
        assertThat(kk.recorded(march)).isEqualTo("2024 жылғы наурызда мониторинг мыналарды тіркеді:");
        assertThat(kk.recorded(Period.parse("2020-08"))).startsWith("2020 жылғы тамызда");
        assertThat(ru.date(new PartialDate(LocalDate.of(2024, 3, 15), PartialDate.Precision.DAY)))
                .isEqualTo("15 марта 2024 года");
        assertThat(kk.date(new PartialDate(LocalDate.of(2020, 8, 14), PartialDate.Precision.DAY)))
                .isEqualTo("2020 жылғы 14 тамыз");
        assertThat(en.date(PartialDate.parse("2024-03"))).isEqualTo("March 2024");
    }

    @Test
    void comparisonsArePhrasedByTheDocumentedThresholds() {
        assertThat(Change.of(104, 100).kind()).isEqualTo(Change.Kind.UNCHANGED);
        assertThat(Change.of(95, 100).kind()).isEqualTo(Change.Kind.UNCHANGED);
        assertThat(Change.of(6, 4)).isEqualTo(new Change(Change.Kind.MORE, 1.5));
        assertThat(Change.of(64, 49)).isEqualTo(new Change(Change.Kind.MORE, 1.3));
        assertThat(Change.of(4, 6)).isEqualTo(new Change(Change.Kind.TIMES_FEWER, 1.5));
        assertThat(Change.of(5, 6).kind()).isEqualTo(Change.Kind.FEWER);
        assertThat(Change.of(0, 3).kind()).isEqualTo(Change.Kind.GONE);
        assertThat(Change.of(3, 0).kind()).isEqualTo(Change.Kind.NEW);
        assertThat(en.comparisonLine("Criminal charges", 6, 4, Change.of(6, 4)))
                .isEqualTo("Criminal charges: 6 against 4, 1.5 times more.");
        assertThat(ru.comparisonLine("Уголовные обвинения", 6, 4, Change.of(6, 4)))
                .isEqualTo("Уголовные обвинения: 6 против 4 — в 1,5 раза больше.");
        assertThat(kk.comparisonLine("Қылмыстық айыптар", 2, 4, Change.of(2, 4)))
                .isEqualTo("Қылмыстық айыптар: 2, былтыр 4 — 2 есе аз.");
    }

    @Test
    void periods() {
        assertThat(Period.parse("2024-Q1").end()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Period.parse("2024").yearEarlier().key()).isEqualTo("2023");
        assertThat(Period.parse("2024-02").yearEarlier().end()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(Period.parse("2024-03-01..2024-03-15").yearEarlier().key()).isEqualTo("2023-03-01..2023-03-15");
        assertThat(Period.parse("2020-08").yearToDate().start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> Period.parse("2024-03-15..2024-03-01")).hasMessageContaining("before it starts");
        assertThatThrownBy(() -> Period.parse("March")).hasMessageContaining("2024-Q1");
    }
}
