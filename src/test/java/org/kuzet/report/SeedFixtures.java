package org.kuzet.report;

import org.kuzet.report.internal.Russian;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A dataset that describes what seeds 002 (March 2024) and 004 (August 2020) report, plus records that must NOT be
 * counted (drafts, ongoing cases, complaints brought by journalists, other months), so that the reports made from
 * it can be checked against the figures printed in the seeds. The figures count everything, so the classes that
 * load it run on a database that holds only this dataset ({@link SeedFiguresDatabase}, or {@code OwnDatabase}).
 */
final class SeedFixtures {

    private static final String MARKER = "fixture: seeds 002 and 004";

    /** Loads the dataset once into the test's database: a second call finds it there and adds nothing. */
    static void load(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from context_event where title = ?").param(MARKER).query(Long.class).single() > 0) {
            return;
        }
        Fixtures fx = new Fixtures(jdbc);
        fx.context("2001", null, "other", MARKER);
        march2024(fx);
        august2020(fx);
        art158Series(fx);
    }

    /** Seed 002: 7 reports of violations of rights; 13 on information, 9 of them refusals; 6 new claims. */
    private static void march2024(Fixtures fx) {
        // 7 violations of the rights of journalists and the media (4 of them obstruction, as the seed tells)
        long tobol = fx.published("2024-03-05", "interference_professional_activity", "kz-kostanay",
                "Judge removed a TobolInfo journalist from an open hearing, citing banking secrecy");
        fx.outlet(tobol, "TobolInfo");
        long azattyk1 = fx.published("2024-03-12", "interference_professional_activity", "kz-atyrau",
                "Police obstructed Azattyk journalists filming about the media kurultai");
        fx.outlet(azattyk1, "Azattyk");
        long azattyk2 = fx.published("2024-03-17", "interference_professional_activity", "kz-astana",
                "Police obstructed Azattyk journalists filming at the Russian presidential election");
        fx.outlet(azattyk2, "Azattyk");
        fx.published("2024-03-21", "interference_professional_activity", "kz-astana",
                "Military court judge removed journalists of five outlets from an open trial");
        long akZhayik = fx.published("2024-03-26", "interference_media_activity", "kz-atyrau",
                "Ak Zhayik received another Roskomnadzor notice about its website");
        fx.outlet(akZhayik, "Ak Zhayik");
        fx.published("2024-03-08", "threats", "kz-almaty", "A reporter was threatened after a publication");
        fx.published("2024-03-29", "discrediting", "kz-shymkent", "A smear campaign against an editor");
        // 13 on the right to receive and disseminate information: 9 refusals (one known only to the month)
        for (int i = 1; i <= 8; i++) {
            fx.published(Fixtures.day(2024, 3, i + 1), "refusal_of_information", "kz-astana",
                    "A state body refused socially significant information, case " + i);
        }
        fx.published("2024-03", "refusal_of_information", "kz-karaganda", "A request was left unanswered in March");
        fx.published("2024-03-14", "judicial_transparency_violation", "kz-almaty", "Journalists kept out of a hearing");
        fx.published("2024-03-19", "judicial_transparency_violation", "kz-aktobe", "Recording banned at an open trial");
        fx.published("2024-03-22", "judicial_transparency_violation", "kz-taraz", "A reporter removed from court");
        fx.published("2024-03-27", "blocking", "kz-astana", "A news site blocked");
        // not counted: a draft, a rejected report, one known only to the year, one in April, a context item
        fx.incident("2024-03-10", "refusal_of_information", "kz-astana", "Draft: an unverified refusal", "draft");
        fx.incident("2024-03-11", "threats", "kz-astana", "Rejected: not about expression", "rejected");
        fx.published("2024", "refusal_of_information", "kz-astana", "A refusal some time in 2024");
        fx.published("2024-04-02", "refusal_of_information", "kz-astana", "A refusal in April");
        fx.published("2024-03-15", "context", "kz-astana", "Context filed as an incident, never counted");

        // 6 new claims against journalists and media: 5 civil, 1 administrative under art. 73-3
        for (int i = 1; i <= 5; i++) {
            fx.against(Fixtures.day(2024, 3, 3 * i), "civil", "kz-civ-143", true, 1_000_000L * i);
        }
        fx.against("2024-03-20", "administrative", "kz-ac-73-3", false, null);
        // ongoing: opened in February, heard in March -- not new in March
        long ongoing = fx.against("2024-02-10", "civil", "kz-civ-143", true, 2_000_000L);
        fx.event(ongoing, "2024-03-18", "hearing", null, null);

        // context events of March 2024 (shown, never counted)
        fx.context("2024-03-01", "kz-astana", "draft_order",
                "Draft order on restricting access to internet resources published for discussion");
        fx.context("2024-03-13", "kz-astana", "parliament_reading",
                "Majilis approved in first reading the law optimising the criminal codes");
        fx.context("2024-03-15", "kz-astana", "official_statement",
                "President Tokayev set out the ideological principles at the National Kurultai");
        fx.context("2024-03-31", null, "official_statement",
                "Minister Aida Balayeva warned of responsibility for spreading false information about the floods");
    }

    /**
     * Seed 004: in August 2020 8 judicial acts (5 for the media); new 2 criminal (none in court), 3 civil (all on
     * honour and dignity), 1 administrative; since January 41 criminal (12 in court), 21 administrative, 52 civil
     * (45 on honour and dignity), 78 100 000 tenge claimed, 935 993 tenge collected.
     */
    private static void august2020(Fixtures fx) {
        // August: 2 criminal (Akhmedyarov's privacy complaint among them), 3 civil on honour, 1 administrative
        fx.against("2020-08-10", "criminal", "kz-cc-147", false, null);
        fx.against("2020-08-20", "criminal", "kz-cc-274", false, null);
        for (int i = 1; i <= 3; i++) {
            fx.against(Fixtures.day(2020, 8, 5 * i), "civil", "kz-civ-143", true, 5_000_000L);
        }
        fx.against("2020-08", "administrative", "kz-ac-73-3", false, null);

        // January-July: 39 more criminal; 12 of them sent to court in August, one only in September
        for (int i = 0; i < 38; i++) {
            long id = fx.against(Fixtures.day(2020, 1 + i % 7, 1 + i % 20), "criminal", "kz-cc-274", false, null);
            if (i < 12) {
                fx.event(id, "2020-08-25", "sent_to_court", null, null);
            }
        }
        long late = fx.against("2020-07-30", "criminal", "kz-cc-274", false, null);
        fx.event(late, "2020-09-10", "sent_to_court", null, null);
        // 20 more administrative
        for (int i = 0; i < 20; i++) {
            fx.against(Fixtures.day(2020, 1 + i % 7, 2 + i % 20), "administrative", "kz-ac-73-3", false, null);
        }
        // 49 more civil, 42 of them on honour and dignity; 63 100 000 claimed, with August's 15 000 000 = 78 100 000
        for (int i = 0; i < 49; i++) {
            boolean honour = i < 42;
            long claimed = i == 0 ? 63_100_000L : 0L;
            long id = fx.against(Fixtures.day(2020, 1 + i % 7, 3 + i % 20), "civil",
                    honour ? "kz-civ-143" : "kz-civ-951", honour, claimed == 0 ? null : claimed);
            // 8 judicial acts in August in cases opened earlier (ongoing, not new), 5 in favour of the media
            if (i < 8) {
                fx.event(id, Fixtures.day(2020, 8, 3 + i), "judgment", i < 5, null);
            }
            if (i == 10) {
                fx.event(id, "2020-07-15", "judgment", false, 500_000L);
                fx.event(id, "2020-07-28", "enforcement", null, 500_000L);
            }
        }
        // collected in 2020 in a case opened in 2019: counts in 2020, when the money was collected
        long old = fx.against("2019-11-05", "civil", "kz-civ-143", true, 3_000_000L);
        fx.event(old, "2020-03-02", "judgment", false, 435_993L);
        fx.event(old, "2020-05-14", "enforcement", null, 435_993L);
        // a complaint brought by a journalist is no charge against the media
        fx.legalCase("2020-08-07", "criminal", "kz-cc-158", "brought_by_media", false, null);
    }

    /**
     * Seed 002's art. 158 series: over 300 incidents of obstruction or attacks since 2019 (306 here, as of March
     * 2024), 18 complaints to the police, 3 cases sent to court (one in 2022), 2 convictions (in 2023).
     */
    private static void art158Series(Fixtures fx) {
        int[][] incidents = {{2019, 60}, {2020, 70}, {2021, 60}, {2022, 50}, {2023, 60}};
        for (int[] year : incidents) {
            for (int i = 0; i < year[1]; i++) {
                fx.published(String.valueOf(year[0]), i % 3 == 0 ? "attacks" : "interference_professional_activity",
                        "kz-almaty", "Obstruction or attack in " + year[0] + " #" + i);
            }
        }
        fx.published("2024-02-12", "attacks", "kz-almaty", "A camera operator attacked while filming");
        fx.published("2024-02-20", "attacks", "kz-shymkent", "A reporter pushed out of a building");
        // complaints under art. 158 by year (18); 2020 has one more, opened in August above
        int[][] complaints = {{2019, 4}, {2020, 2}, {2021, 3}, {2022, 3}, {2023, 3}, {2024, 2}};
        long[] toCourt = new long[3];
        int n = 0;
        for (int[] year : complaints) {
            for (int i = 0; i < year[1]; i++) {
                long id = fx.legalCase(year[0] == 2024 ? Fixtures.day(2024, 1 + i * 2, 10) : Fixtures.day(year[0], 4, 1 + i),
                        "criminal", "kz-cc-158", "brought_by_media", false, null);
                if (i == 0 && (year[0] == 2019 || year[0] == 2021 || year[0] == 2022)) {
                    toCourt[n++] = id;
                }
            }
        }
        fx.event(toCourt[0], "2019-09-01", "sent_to_court", null, null);
        fx.event(toCourt[0], "2020-02-01", "judgment", false, null);
        fx.event(toCourt[1], "2021-10-01", "sent_to_court", null, null);
        fx.event(toCourt[2], "2022-06-01", "sent_to_court", null, null);
        fx.event(toCourt[1], "2023-03-01", "judgment", true, null);
        fx.event(toCourt[2], "2023-11-01", "judgment", true, null);
    }
}
