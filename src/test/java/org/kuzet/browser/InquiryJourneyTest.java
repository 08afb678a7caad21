package org.kuzet.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kuzet.core.Today;
import org.kuzet.security.Role;
import org.kuzet.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Requests to state bodies in a real Chromium: an editor asks the body concerned for its reply from an incident in
 * review (in English), has an answer dated before the request refused beside its field, records the reply (in
 * Russian) and sees it kept as a statement; the dashboard lists what falls due (in Kazakh); an administrator keeps
 * the days off; the public reads the table per body, follows a number to its records and sees "no reply by" beside
 * an allegation, in three languages and on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one fixture: the public table counts each request once
class InquiryJourneyTest {

    private static final String PASSWORD = "correct horse battery staple";

    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffAccounts accounts;

    long incident;
    long silentIncident;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @BeforeAll
    void fixture() {
        for (String[] user : new String[][] {{"editor.saule", "EDITOR"}, {"admin.nurlan", "ADMIN"}}) {
            if (!accounts.exists(user[0])) {
                accounts.create(user[0], user[0], PASSWORD, Role.valueOf(user[1]));
            }
        }
        long akimat = jdbc.sql("insert into actor (kind, actor_type, name) values ('organisation', 'state_body', "
                + "'Akimat of Atyrau') returning id").query(Long.class).single();
        incident = incident("Akimat staff kept journalists out of a public hearing", "in_review", akimat);
        silentIncident = incident("Police questioned a blogger about a post", "published", null);
        LocalDate today = LocalDate.now(Today.CLOCK);
        // published requests of 2024 for the public table; one right of reply that got no answer
        request(akimat, "Akimat of Atyrau", "2024-03-01", "2024-03-16", "2024-03-12", "answered", null);
        request(akimat, "Akimat of Atyrau", "2024-04-01", "2024-04-16", "2024-04-10", "refused", null);
        request(null, "Ministry of Culture and Information", "2024-05-02", "2024-05-17", null, null, null);
        long asked = request(null, "Police of Atyrau region", "2024-06-03", "2024-06-10", null, null, "right_of_reply");
        jdbc.sql("insert into inquiry_incident values (?, ?)").params(asked, silentIncident).update();
        // falls due in three days: on the dashboard
        jdbc.sql("""
                insert into inquiry (kind, addressee_name, subject, sent_on, deadline, created_by)
                values ('information_request', 'Akimat of Aktobe', 'Road repair contracts', ?, ?, 'editor.saule')""")
                .params(today.minusDays(12), today.plusDays(3)).update();
    }

    private long incident(String title, String state, Long perpetrator) {
        long id = jdbc.sql("""
                insert into incident (title, occurred_on, date_precision, place_code, primary_category, workflow_state,
                    created_by, published_at)
                values (?, date '2024-06-01', 'day', 'kz-atyrau', 'judicial_transparency_violation', ?, 'editor.saule',
                    case when ? = 'published' then now() end) returning id""").params(title, state, state)
                .query(Long.class).single();
        if (perpetrator != null) {
            jdbc.sql("insert into incident_perpetrator (incident_id, position, actor_id, name, perpetrator_type) "
                    + "values (?, 0, ?, 'Akimat of Atyrau', 'state_body')").params(id, perpetrator).update();
        }
        return id;
    }

    private long request(Long actor, String name, String sent, String deadline, String answered, String outcome,
            String kind) {
        return jdbc.sql("""
                insert into inquiry (kind, addressee_actor_id, addressee_name, subject, sent_on, deadline, answered_on,
                    outcome, published_at, created_by)
                values (?, ?, ?, 'Documents of the hearing', cast(? as date), cast(? as date), cast(? as date), ?,
                    now(), 'editor.saule') returning id""")
                .params(kind == null ? "information_request" : kind, actor, name, sent, deadline, answered, outcome)
                .query(Long.class).single();
    }

    @Test
    void anEditorAsksForTheReplyAndRecordsItAsAStatement() {
        Page editor = browser.page(base());
        logIn(editor, "editor.saule");
        editor.navigate("/staff/incidents/" + incident);
        editor.locator("#ask-reply").click();
        assertThat(editor.locator("h1")).hasText("Ask the body for its reply");
        assertThat(editor.getByLabel("Addressee (body or official)")).hasValue("Akimat of Atyrau");
        editor.getByLabel("Sent on").fill("2024-06-03");
        editor.locator("#save-inquiry").click();
        assertThat(editor.locator("#inquiry-status")).hasText("Overdue");
        assertThat(editor.locator("#deadline")).hasText("2024-06-10");
        String requestPage = editor.url().replaceAll("\\?.*", "");
        Browser.screenshot(editor, "inquiry-right-of-reply-en");

        editor.getByLabel("Answered on").fill("2024-06-01");
        editor.locator("#save-answer").click();
        assertThat(editor.locator("#answered_on-error"))
                .hasText("The answer (2024-06-01) cannot be dated before the request was sent (2024-06-03).");

        editor.navigate(requestPage + "?lang=ru");
        editor.getByLabel("Дата ответа").fill("2024-06-07");
        editor.getByLabel("Итог").selectOption("answered");
        editor.getByLabel("Текст ответа").fill("Слушание было закрытым по решению суда.");
        editor.locator("#save-answer").click();
        assertThat(editor.locator("#inquiry-status")).hasText("Ответ получен");
        Browser.screenshot(editor, "inquiry-answered-ru");
        assertThat(jdbc.sql("select count(*) from statement s join statement_incident l on l.statement_id = s.id "
                + "where l.incident_id = ? and s.quote like 'Слушание%'").param(incident).query(Long.class).single())
                .isEqualTo(1);

        editor.navigate("/staff?lang=kk");
        assertThat(editor.locator("#inquiries-due")).containsText("Akimat of Aktobe");
        assertThat(editor.locator("#inquiries-due")).containsText("Мерзімі жақын");
        Browser.screenshot(editor, "inquiry-dashboard-kk");
    }

    @Test
    void anAdministratorKeepsTheDaysOffAndSeesTheSourceOfEachTerm() {
        Page admin = browser.page(base());
        logIn(admin, "admin.nurlan");
        admin.navigate("/staff/admin/holidays?year=2026&lang=kk");
        assertThat(admin.locator("#holidays")).containsText("Наурыз мейрамы");
        admin.getByLabel("Күні").fill("2026-01-05");
        admin.locator("#save-day").click();
        assertThat(admin.locator(".field-error").first()).hasText("Бұл өрісті толтырыңыз.");
        admin.getByLabel("English").fill("Day off moved by decree");
        admin.getByLabel("Русский").fill("Выходной, перенесённый постановлением");
        admin.getByLabel("Қазақша").fill("Қаулымен ауыстырылған демалыс");
        admin.getByLabel("Түрі").selectOption("day_off");
        admin.locator("#save-day").click();
        assertThat(admin.locator("#holidays")).containsText("Қаулымен ауыстырылған демалыс");
        Browser.screenshot(admin, "inquiry-holidays-kk");
        admin.navigate("/staff/admin/deadlines?lang=ru");
        assertThat(admin.locator("#basis-access_to_information")).containsText("No. 401-V");
        assertThat(admin.locator("#basis-access_to_information")).containsText("календарных дней: 15");
    }

    @Test
    void thePublicReadsTheTablePerBodyAndFollowsANumberToItsRecords() {
        Page visitor = browser.page(base());
        visitor.navigate("/inquiries?from=2024-01-01&to=2024-12-31");
        assertThat(visitor.locator("#by-body")).containsText("Akimat of Atyrau");
        assertThat(visitor.locator("#reply-rates")).containsText("2024");
        Browser.screenshot(visitor, "inquiry-table-en");
        visitor.locator("#by-body tr", new Page.LocatorOptions().setHasText("Akimat of Atyrau"))
                .getByRole(AriaRole.LINK).nth(2).click();
        assertThat(visitor.locator("#inquiry-records li")).hasCount(1);
        assertThat(visitor.locator("#inquiry-records")).containsText("Refused");

        visitor.navigate("/inquiries?from=2024-01-01&to=2024-12-31&lang=ru");
        assertThat(visitor.locator("h1")).hasText("Запросы в государственные органы");
        visitor.navigate("/incidents/" + silentIncident + "?lang=kk");
        assertThat(visitor.locator("#inquiries-about")).containsText("2024-06-10 дейін жауап жоқ");
        Browser.screenshot(visitor, "inquiry-no-reply-kk");

        Page phone = browser.phone(base());
        phone.navigate("/inquiries?from=2024-01-01&to=2024-12-31&lang=ru");
        assertThat(phone.locator("#by-body")).containsText("Akimat of Atyrau");
        Browser.fitsTheScreen(phone);
        Browser.screenshot(phone, "inquiry-table-ru-phone");
    }

    @Test
    void theNewRequestFormsTextFieldsAreAsWideAsItsOthersOnAPhone() {
        Page phone = browser.phone(base());
        logIn(phone, "editor.saule");
        phone.navigate("/staff/inquiries/new?lang=kk");
        // the addressee, the actor and "on behalf of" were small boxes beside their labels (inputs with no type)
        double subject = width(phone, "#subject");
        for (String field : new String[] {"#addressee_name", "#addressee", "#on_behalf_of", "#incidents"}) {
            assertThat(width(phone, field)).as(field).isEqualTo(subject);
        }
        Browser.fitsTheScreen(phone);
    }

    private static double width(Page page, String selector) {
        return ((Number) page.locator(selector).evaluate("e => e.getBoundingClientRect().width")).doubleValue();
    }

    private void logIn(Page page, String username) {
        Browser.logIn(page, username, PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
