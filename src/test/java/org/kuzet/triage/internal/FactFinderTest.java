package org.kuzet.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kuzet.matching.TextMatchers;
import org.kuzet.spelling.Spelling;
import org.kuzet.triage.Fact;

class FactFinderTest {

    private final FactFinder finder = FactFinder.shipped();

    private List<String> values(String text, Fact.Kind kind) {
        return finder.find(text).stream().filter(f -> f.kind() == kind).map(Fact::value).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She was charged under art. 274 of the Criminal Code.|criminal_code:274",
        "Criminal Code art. 158 protects journalists.|criminal_code:158",
        "a complaint under Article 158|code:158",
        "оштрафован по статье 73-3 КоАП|administrative_code:73-3",
        "дело по ст. 274 УК РК|criminal_code:274",
        "ҚК-нің 274-бабы бойынша іс қозғалды|criminal_code:274",
        "ӘҚБтК-нің 73-3-бабы бойынша айыппұл|administrative_code:73-3",
    })
    void legalArticles(String text, String value) {
        assertThat(values(text, Fact.Kind.LEGAL_ARTICLE)).containsExactly(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "non-pecuniary damages claimed 78 million 100 thousand tenge|78100000",
        "courts collected 935 thousand 993 tenge|935993",
        "a claim of 3 000 000 tenge (~$6,500)|3000000",
        "damages of KZT 512 millions and 300 thousand|512300000",
        "требует 10 млн тенге морального вреда|10000000",
        "300 мың теңге моральдық зиян|300000",
        "штраф 1,5 млн тенге|1500000",
    })
    void amountsOfTengeAreExactIntegers(String text, String value) {
        assertThat(values(text, Fact.Kind.AMOUNT_TENGE)).containsExactly(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Суд состоялся 15 октября 2025 года.|2025-10-15",
        "On October 15, during the OSCE conference|--10-15",
        "on 8 June 2022 the regions were created|2022-06-08",
        "В марте 2024 года мониторинг зафиксировал|2024-03",
        "2025 жылғы 15 қазанда сот болды|2025-10-15",
        "решение от 03.02.2024 вступило в силу|2024-02-03",
    })
    void datesKeepTheirPrecision(String text, String value) {
        assertThat(values(text, Fact.Kind.DATE)).containsExactly(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Суд в Костанае удалил журналиста.|kz-kostanay",
        "A judge in Qostanay removed a journalist.|kz-kostanay",
        "Оралда блогер ұсталды.|kz-oral",
        "Police in Uralsk detained a blogger.|kz-oral",
        "В Усть-Каменогорске прошел суд.|kz-oskemen",
        "Журналист из Алматы|kz-almaty",
        "Костанайская область|kz-kostanay-region",
    })
    void placesInAnyScriptAndInflected(String text, String code) {
        assertThat(values(text, Fact.Kind.PLACE)).containsExactly(code);
    }

    @Test
    void outletsStateBodiesAndPersons() {
        String text = "Журналистка Радио Азаттык Айгуль Ахметова сообщила, что Министерство иностранных дел отказало ей "
                + "в аккредитации. Lawyer Murat Adam and the Ministry of Culture and Information commented on Vlast.kz.";
        List<Fact> facts = finder.find(text);
        assertThat(facts).anyMatch(f -> f.kind() == Fact.Kind.OUTLET && f.value().equals(Spelling.key("Radio Azattyq")));
        assertThat(facts).anyMatch(f -> f.kind() == Fact.Kind.OUTLET && f.text().equals("Vlast.kz"));
        assertThat(facts).anyMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().equals("Айгуль Ахметова")
                && f.value().equals(Spelling.key("Aigul Akhmetova")));
        assertThat(facts).anyMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().equals("Murat Adam"));
        assertThat(facts).anyMatch(f -> f.kind() == Fact.Kind.STATE_BODY && f.text().equals("Министерство иностранных дел"));
        assertThat(facts).anyMatch(f -> f.kind() == Fact.Kind.STATE_BODY && f.text().equals("Ministry of Culture and Information"));
        assertThat(facts).noneMatch(f -> f.kind() == Fact.Kind.PERSON && f.text().contains("Ministry"));
    }

    @Test
    void thePlacesAreTheMigratedGazetteer() {
        assertThat(TextMatchers.standalone().places().names()).hasSizeGreaterThan(200);
    }
}
