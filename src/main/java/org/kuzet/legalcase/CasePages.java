package org.kuzet.legalcase;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The staff workspace's legal case pages: the list, and a case with its parties, timeline and money. */
@Controller
class CasePages {

    record Row(long id, String title, String kind, String stage, LocalDate openedOn, Long claimedKzt,
               Long collectedKzt) {
    }

    private final LegalCases cases;
    private final CaseView view;
    private final JdbcClient jdbc;

    CasePages(LegalCases cases, CaseView view, JdbcClient jdbc) {
        this.cases = cases;
        this.view = view;
        this.jdbc = jdbc;
    }

    @GetMapping("/staff/cases")
    String list(Model model) {
        model.addAttribute("cases", jdbc.sql("""
                select id, title, kind, stage, opened_on, claimed_kzt, collected_kzt from legal_case
                order by opened_on desc, id desc limit 500""")
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("stage"), rs.getObject("opened_on", LocalDate.class),
                        (Long) rs.getObject("claimed_kzt"), (Long) rs.getObject("collected_kzt")))
                .list());
        return "legalcase/list";
    }

    @GetMapping("/staff/cases/{id}")
    String show(@PathVariable long id, Model model) {
        LegalCase legalCase = cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("legalCase", view.of(legalCase, true));
        return "legalcase/show";
    }

}
