package org.kuzet.report.internal;

import org.kuzet.report.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of a report, counted from the database by {@link Counting}. {@link #flat()} names each one, for
 * the CSV and JSON downloads and for comparing a report with its published version figure by figure.
 * {@link #history()} says which blocks come (wholly or in part) from the service's published reports.
 */
public record Figures(Period period, List<GroupCount> groups, CaseCounts newCases, CourtOutcomes court,
        Period yearToDate, CaseCounts yearToDateCases, long collectedKzt, Period previous,
        List<GroupCount> previousGroups, CaseCounts previousCases, List<YearIndicator> art158,
        org.kuzet.inquiry.InquiryFigures inquiries, FollowUps.Counts updates, History history) {

    /** The figures of a period counted from the records throughout, with these updates to earlier cases. */
    public Figures(Period period, List<GroupCount> groups, CaseCounts newCases, CourtOutcomes court,
            Period yearToDate, CaseCounts yearToDateCases, long collectedKzt, Period previous,
            List<GroupCount> previousGroups, CaseCounts previousCases, List<YearIndicator> art158,
            org.kuzet.inquiry.InquiryFigures inquiries, FollowUps.Counts updates) {
        this(period, groups, newCases, court, yearToDate, yearToDateCases, collectedKzt, previous, previousGroups,
                previousCases, art158, inquiries, updates, History.RECORDS);
    }

    /** The figures of a period with no updates to earlier cases, counted from the records throughout. */
    public Figures(Period period, List<GroupCount> groups, CaseCounts newCases, CourtOutcomes court,
            Period yearToDate, CaseCounts yearToDateCases, long collectedKzt, Period previous,
            List<GroupCount> previousGroups, CaseCounts previousCases, List<YearIndicator> art158,
            org.kuzet.inquiry.InquiryFigures inquiries) {
        this(period, groups, newCases, court, yearToDate, yearToDateCases, collectedKzt, previous, previousGroups,
                previousCases, art158, inquiries, FollowUps.Counts.NONE, History.RECORDS);
    }

    public Map<String, Long> flat() {
        Map<String, Long> m = new LinkedHashMap<>();
        groups(m, "incidents.", groups);
        cases(m, "cases.new.", newCases);
        m.put("court.judicial_acts", court.acts());
        m.put("court.in_favour_of_media", court.inFavourOfMedia());
        cases(m, "cases.year_to_date.", yearToDateCases);
        m.put("cases.year_to_date.collected_kzt", collectedKzt);
        groups(m, "previous_year.incidents.", previousGroups);
        cases(m, "previous_year.cases.new.", previousCases);
        for (YearIndicator y : art158) {
            String p = "art158." + y.year() + ".";
            m.put(p + "incidents", y.incidents());
            m.put(p + "complaints", y.complaints());
            m.put(p + "sent_to_court", y.sentToCourt());
            m.put(p + "convictions", y.convictions());
        }
        m.put("inquiries.sent", inquiries.sent());
        m.put("inquiries.answered_on_time", inquiries.answeredOnTime());
        m.put("inquiries.answered_late", inquiries.answeredLate());
        m.put("inquiries.partial", inquiries.partial());
        m.put("inquiries.refused", inquiries.refused());
        m.put("inquiries.unanswered", inquiries.unanswered());
        // records from earlier periods with something new in this one: told, never counted again as new
        m.put("updates.incidents", updates.incidents());
        m.put("updates.cases", updates.cases());
        return m;
    }

    private static void groups(Map<String, Long> m, String prefix, List<GroupCount> groups) {
        for (GroupCount g : groups) {
            m.put(prefix + g.group(), g.count());
            g.including().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> m.put(prefix + g.group() + "." + e.getKey(), e.getValue()));
        }
    }

    private static void cases(Map<String, Long> m, String prefix, CaseCounts c) {
        m.put(prefix + "total", c.total());
        m.put(prefix + "criminal", c.criminal());
        m.put(prefix + "criminal_in_court", c.criminalInCourt());
        m.put(prefix + "administrative", c.administrative());
        m.put(prefix + "civil", c.civil());
        m.put(prefix + "civil_honour_and_dignity", c.civilHonour());
        m.put(prefix + "claimed_kzt", c.claimedKzt());
    }
}
