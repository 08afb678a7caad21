package org.kuzet.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts of tenge written with digits in groups, with scale words and with number words. */
class TengeAmountsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a claim of 3 000 000 tenge (~$6,500)|3000000",
        "non-pecuniary damages claimed 78 million 100 thousand tenge|78100000",
        "courts collected 935 thousand 993 tenge|935993",
        "damages of KZT 512 millions and 300 thousand|512300000",
        "требует 10 млн тенге морального вреда|10000000",
        "штраф 1,5 млн тенге|1500000",
        "штраф 78 млн. 100 тыс. тенге|78100000",
        "300 мың теңге моральдық зиян|300000",
        "a fine of five million tenge|5000000",
        "взыскать пять миллионов тенге|5000000",
        "штраф 500 000 ₸|500000",
    })
    void anAmountIsAnExactNumberOfTenge(String text, long tenge) {
        assertThat(TengeAmounts.find(text)).extracting(AmountMention::tenge).containsExactly(tenge);
    }

    @Test
    void otherNumbersAndCurrenciesAreNoTenge() {
        assertThat(TengeAmounts.find("a claim of $6,500 and 14 reports in 2024, 3 тенгеметра")).isEmpty();
    }

    @Test
    void theMentionSpansTheNumberAndItsCurrency() {
        String text = "требует 10 млн тенге морального вреда";
        AmountMention amount = TengeAmounts.find(text).getFirst();
        assertThat(amount.text()).isEqualTo("10 млн тенге");
        assertThat(text.substring(amount.start(), amount.end())).isEqualTo(amount.text());
    }
}
