package org.kuzet.archive.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.matching.Months;

/**
 * The month a report covers. The title names it ("Violations of freedom of speech in Kazakhstan March 2024");
 * the introduction repeats it ("in March 2024", "в марте 2024 года"). When the two differ the title wins and a
 * warning says so. A line that is only a date ("17 june 2024") is the publication date, not the month covered. A
 * yearly page names a year and no month in its title ("Freedom of speech: violations 2018"): it covers that year,
 * and no month is made up for it.
 */
record ReportMonth(YearMonth month, Year year, LocalDate published, List<String> warnings, int titleParagraph) {

    /** A quarter or a half of a year is not the year: such a report needs its period from a person. */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?iuU)quarter|half[- ]year|квартал|полугоди|тоқсан"
            + "|жарты жыл");

    /** A year standing alone in a title: not part of a date or a number. */
    private static final Pattern TITLE_YEAR = Pattern.compile("(?<![\\d.,/-])\\b((?:19|20)\\d{2})\\b(?![\\d.,/-])");

    private static final Pattern MONTH_YEAR = Pattern.compile("(?iuU)(?<!\\d\\s)(?<!\\d)\\b(" + Months.WORD
            + "),?\\s+(\\d{4})\\b");
    private static final Pattern DATE_LINE = Pattern.compile("(?iuU)^\\s*(\\d{1,2})\\s+(" + Months.WORD
            + ")\\s+(\\d{4})(?:\\s*(?:г\\.|года|ж\\.|жыл))?\\s*$");
    private static final Pattern INTRO = Pattern.compile("(?iuU)\\b(?:in|during|for|в|во|за)\\s+(" + Months.WORD
            + "),?\\s+(\\d{4})");

    /** Kazakh puts the year first: "2024 жылғы наурыз", "2024 жылғы наурызда". */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?iuU)\\b(\\d{4})\\s+жылғы\\s+(" + Months.WORD + ")");

    static ReportMonth of(List<String> paragraphs) {
        List<String> warnings = new ArrayList<>();
        YearMonth title = null;
        int titleAt = -1;
        LocalDate published = null;
        YearMonth intro = null;
        for (int i = 0; i < Math.min(paragraphs.size(), 12); i++) {
            String p = paragraphs.get(i);
            Matcher date = DATE_LINE.matcher(p);
            if (date.matches()) {
                if (published == null) {
                    published = day(date.group(3), date.group(2), date.group(1));
                }
                continue;
            }
            if (title == null && p.length() < 200 && !p.strip().endsWith(".")) {
                Matcher m = MONTH_YEAR.matcher(p);
                Matcher kk = YEAR_MONTH.matcher(p);
                if (m.find()) {
                    title = month(m.group(2), m.group(1));
                    titleAt = i;
                    continue;
                }
                if (kk.find()) {
                    title = month(kk.group(1), kk.group(2));
                    titleAt = i;
                    continue;
                }
            }
            if (intro == null) {
                Matcher m = INTRO.matcher(p);
                Matcher kk = YEAR_MONTH.matcher(p);
                if (m.find()) {
                    intro = month(m.group(2), m.group(1));
                } else if (kk.find()) {
                    intro = month(kk.group(1), kk.group(2));
                }
            }
        }
        YearMonth month = title != null ? title : intro;
        if (title != null && intro != null && !title.equals(intro)) {
            warnings.add("the title names " + title + " but the introduction names " + intro
                    + "; the title's month is kept");
        }
        Year year = month == null ? titleYear(paragraphs) : null;
        if (year != null) {
            warnings.add("a yearly page: it covers " + year + " and its figures are kept for the year, in no month");
        } else if (month == null) {
            warnings.add("no month found in the title or the introduction");
        }
        return new ReportMonth(month, year, published, warnings, titleAt);
    }

    /** The year of a title naming a year and no month: the first short line, not a sentence, that holds one. */
    private static Year titleYear(List<String> paragraphs) {
        for (int i = 0; i < Math.min(paragraphs.size(), 12); i++) {
            String p = paragraphs.get(i);
            if (p.length() >= 200 || p.strip().endsWith(".") || DATE_LINE.matcher(p).matches()) {
                continue;
            }
            if (PART_OF_YEAR.matcher(p).find()) {
                return null;
            }
            Matcher m = TITLE_YEAR.matcher(p);
            if (m.find()) {
                return Year.of(Integer.parseInt(m.group(1)));
            }
        }
        return null;
    }

    private static YearMonth month(String year, String monthWord) {
        int m = Months.number(monthWord);
        return m == 0 ? null : YearMonth.of(Integer.parseInt(year), m);
    }

    private static LocalDate day(String year, String monthWord, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Months.number(monthWord), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
