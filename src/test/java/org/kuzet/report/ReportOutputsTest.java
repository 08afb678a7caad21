package org.kuzet.report;

import org.kuzet.report.internal.Formats;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Acceptance against the seeds: the reports of March 2024 (seed 002) and August 2020 (seed 004), downloaded in
 * every format and language, state the seeds' figures. Expected phrases are written from the seeds' sentences in
 * each language's wording.
 */
@SeedFiguresDatabase
class ReportOutputsTest {

    private static final String PASSWORD = "report reader password";

    /** Seed 002, March 2024: 7 / 13 incl. 9 refusals / 6 claims: 5 civil + 1 under art. 73-3; art. 158 series. */
    private static final List<String> MARCH_EN = List.of("In March 2024 the monitoring recorded",
            "media outlets and newsmakers: 7 reports", "disseminate information: 13 reports",
            "socially significant information: 9", "6 new (ongoing cases excluded)", "5 civil claims",
            "1 administrative charge under Administrative Code art. 73-3",
            "306 incidents of obstruction", "18 complaints to law enforcement under Criminal Code art. 158",
            "3 cases sent to court", "2 convictions", "2022: incidents 50, complaints 3, sent to court 1",
            "2023: incidents 60, complaints 3, sent to court 0, convictions 2");
    private static final List<String> MARCH_RU = List.of("В марте 2024 года мониторинг зафиксировал",
            "ньюсмейкеров — 7 сообщений", "распространение информации — 13 сообщений",
            "общественно значимой информации — 9", "6 дел (без учёта продолжающихся дел)", "5 гражданских исков",
            "1 административное обвинение по ст. 73-3 КоАП РК", "306 случаев",
            "по ст. 158 УК РК — 18", "направленных в суд, — 3", "обвинительных приговоров — 2");
    private static final List<String> MARCH_KK = List.of("2024 жылғы наурызда мониторинг",
            "ньюсмейкерлердің құқықтарын бұзу — 7 хабарлама", "тарату құқығы — 13 хабарлама",
            "оны шектеу — 9", "6 іс (жалғасып жатқан істерсіз)", "5 азаматтық талап",
            "73-3-бабы (көрінеу жалған ақпарат тарату) бойынша 1 әкімшілік айып", "306 оқиға",
            "өтініштер — 18", "сотқа жіберілген істер — 3", "айыптау үкімдері — 2");
    /** Seed 004, August 2020: 8 acts, 5 for the media; new 2 / 3 / 1; since January 41 (12) / 21 / 52 (45), money. */
    private static final List<String> AUGUST_EN = List.of("In August 2020 the monitoring recorded",
            "8 judicial acts issued", "5 of them in favour of the media, journalists and citizens",
            "2 criminal charges, none in court", "3 civil claims, all on honour, dignity and business reputation",
            "1 administrative charge", "In 8 months of 2020: 41 criminal charges (12 in court)",
            "21 administrative charges", "52 civil claims, of them 45 on honour, dignity and business reputation",
            "78 million 100 thousand tenge", "the courts collected 935 thousand 993 tenge");
    private static final List<String> AUGUST_RU = List.of("В августе 2020 года мониторинг зафиксировал",
            "8 судебных актов", "в пользу СМИ, журналистов и граждан — 5", "2 уголовных обвинения, ни одного в суде",
            "3 гражданских иска, все о защите чести, достоинства и деловой репутации", "1 административное обвинение",
            "За 8 месяцев 2020 года: 41 уголовное обвинение (из них в суде — 12)", "21 административное обвинение",
            "52 гражданских иска, из них о защите чести, достоинства и деловой репутации — 45",
            "78 миллионов 100 тысяч тенге", "суды взыскали 935 тысяч 993 тенге");
    private static final List<String> AUGUST_KK = List.of("2020 жылғы тамызда мониторинг", "8 сот актісі",
            "азаматтардың пайдасына — 5", "2 қылмыстық айып, сотта — жоқ",
            "3 азаматтық талап, ар-намысты, қадір-қасиетті және іскерлік беделді қорғау туралы — барлығы",
            "1 әкімшілік айып", "2020 жылдың 8 айында: 41 қылмыстық айып (оның ішінде сотта — 12)",
            "21 әкімшілік айып", "52 азаматтық талап", "беделді қорғау туралы — 45", "78 миллион 100 мың теңге",
            "соттар 935 мың 993 теңге өндіріп алды");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void dataset() {
        SeedFixtures.load(jdbc);
        if (!accounts.exists("report-monitor")) {
            accounts.create("report-monitor", "Report monitor", PASSWORD, Role.MONITOR);
        }
    }

    private byte[] live(String file, String lang) throws Exception {
        return mvc.perform(get("/api/v1/reports/" + file).param("lang", lang).param("live", "true")
                        .with(httpBasic("report-monitor", PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private void everyFormatSays(String period, String lang, List<String> phrases) throws Exception {
        String md = new String(live(period + ".md", lang), StandardCharsets.UTF_8);
        String html = Jsoup.parse(new String(live(period + ".html", lang), StandardCharsets.UTF_8)).text();
        String pdf = pdfText(live(period + ".pdf", lang));
        for (String phrase : phrases) {
            assertThat(md.replace("\\", "")).as("Markdown %s %s", period, lang).contains(phrase);
            assertThat(html).as("HTML %s %s", period, lang).contains(phrase);
            // pdftotext joins a word hyphenated at a line end and drops the hyphen: compare without hyphens
            assertThat(pdf.replace("-", "")).as("PDF %s %s", period, lang).contains(phrase.replace("-", ""));
        }
    }

    @Test
    void march2024InEveryLanguageAndFormat() throws Exception {
        everyFormatSays("2024-03", "en", MARCH_EN);
        everyFormatSays("2024-03", "ru", MARCH_RU);
        everyFormatSays("2024-03", "kk", MARCH_KK);
    }

    @Test
    void august2020InEveryLanguageAndFormat() throws Exception {
        everyFormatSays("2020-08", "en", AUGUST_EN);
        everyFormatSays("2020-08", "ru", AUGUST_RU);
        everyFormatSays("2020-08", "kk", AUGUST_KK);
    }

    @Test
    void theKazakhPdfPrintsEveryKazakhLetter() throws Exception {
        String text = pdfText(live("2020-08.pdf", "kk"));
        for (String letter : List.of("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "і")) {
            assertThat(text).as("letter %s", letter).contains(letter);
        }
        assertThat(text).doesNotContain("#").contains("тамыз");
    }

    @Test
    void theFiguresAsCsvAndJson() throws Exception {
        for (String lang : List.of("en", "ru", "kk")) {
            List<String> csv = new String(live("2020-08.csv", lang), StandardCharsets.UTF_8).lines().toList();
            assertThat(csv.getFirst()).isEqualTo("period,figure,value");
            assertThat(csv).contains("2020-08,court.judicial_acts,8", "2020-08,court.in_favour_of_media,5",
                    "2020-08,cases.new.criminal,2", "2020-08,cases.new.criminal_in_court,0",
                    "2020-08,cases.new.civil,3", "2020-08,cases.new.civil_honour_and_dignity,3",
                    "2020-08,cases.new.administrative,1", "2020-08,cases.year_to_date.criminal,41",
                    "2020-08,cases.year_to_date.criminal_in_court,12", "2020-08,cases.year_to_date.administrative,21",
                    "2020-08,cases.year_to_date.civil,52", "2020-08,cases.year_to_date.civil_honour_and_dignity,45",
                    "2020-08,cases.year_to_date.claimed_kzt,78100000",
                    "2020-08,cases.year_to_date.collected_kzt,935993");
            JsonNode march = json.readTree(live("2024-03.json", lang)).get("figures");
            assertThat(march.get("incidents.rights_violations").longValue()).isEqualTo(7);
            assertThat(march.get("incidents.access_to_information").longValue()).isEqualTo(13);
            assertThat(march.get("incidents.access_to_information.refusal_of_information").longValue()).isEqualTo(9);
            assertThat(march.get("cases.new.total").longValue()).isEqualTo(6);
            assertThat(march.get("cases.new.civil").longValue()).isEqualTo(5);
            assertThat(march.get("cases.new.administrative").longValue()).isEqualTo(1);
            assertThat(march.get("art158.2022.sent_to_court").longValue()).isEqualTo(1);
        }
    }

    @Test
    void aPeriodBeforeTheArt158SeriesHasAReportWithoutTheSeries() throws Exception {
        // the series starts in 2019: a report of May 2015 once failed building a range from 2019 back to 2015
        String json = new String(live("2015-05.json", "ru"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"period\"").doesNotContain("art158.");
        assertThat(new String(live("2015-05.md", "ru"), StandardCharsets.UTF_8)).contains("2015");
    }

    @Test
    void badPeriodOrLanguageIsNamed() throws Exception {
        mvc.perform(get("/api/v1/reports/2024-13.md").param("lang", "de").param("live", "true")
                        .with(httpBasic("report-monitor", PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("period", "lang")));
        mvc.perform(get("/api/v1/reports/2024-03.md").param("live", "true")).andExpect(status().isUnauthorized());
    }

    static String pdfText(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("kuzet-report", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as("pdftotext: %s", text).isZero();
            // NFKC: ligatures the PDF uses (ﬁ) read back as the letters they join
            return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", " ");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void reportCsvCellsThatStartAFormulaAreNeutralised() {
        java.util.Map<String, Long> figures = new java.util.LinkedHashMap<>();
        figures.put("=SUM(A1:A9)", 1L);
        figures.put("court.fines", -3L);
        List<String> csv = Formats.csv("2020-08", figures).lines().toList();
        assertThat(csv).containsExactly("period,figure,value", "2020-08,'=SUM(A1:A9),1", "2020-08,court.fines,'-3");
    }
}
