package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reports in English: "In March 2024 the monitoring recorded", "78 million 100 thousand tenge". */
public final class English extends Wording {

    @Override
    public Lang lang() {
        return Lang.EN;
    }

    @Override
    String month(int month, Form form) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    @Override
    String noun(long n, Noun noun) {
        String one = switch (noun) {
            case REPORT -> "report";
            case CASE -> "case";
            case JUDICIAL_ACT -> "judicial act";
            case CRIMINAL_CHARGE -> "criminal charge";
            case ADMINISTRATIVE_CHARGE -> "administrative charge";
            case CIVIL_CLAIM -> "civil claim";
            case MONTH -> "month";
            case INCIDENT -> "incident";
        };
        return n == 1 ? one : one + "s";
    }

    @Override
    String moneyWord(long n, int power) {
        return switch (power) {
            case 3 -> "billion";
            case 2 -> "million";
            case 1 -> "thousand";
            default -> "tenge";
        };
    }

    @Override
    String day(LocalDate day) {
        return day.getDayOfMonth() + " " + month(day.getMonthValue(), Form.WITH_DAY) + " " + day.getYear();
    }

    @Override
    String monthOfYear(LocalDate month) {
        return month(month.getMonthValue(), Form.NOMINATIVE) + " " + month.getYear();
    }

    @Override
    public String periodName(Period p) {
        return switch (p.kind()) {
            case MONTH -> monthOfYear(p.start());
            case QUARTER -> ordinal((p.start().getMonthValue() + 2) / 3) + " quarter of " + p.start().getYear();
            case YEAR -> String.valueOf(p.start().getYear());
            case RANGE -> day(p.start()) + " – " + day(p.end());
        };
    }

    private static String ordinal(int quarter) {
        return List.of("first", "second", "third", "fourth").get(quarter - 1);
    }

    @Override
    public String history(boolean wholly, java.time.YearMonth from) {
        String month = monthOfYear(from.atDay(1));
        return wholly ? "From published reports: the records are complete from " + month + "."
                : "Months before " + month + " from published reports, later months from the records.";
    }

    @Override
    public String title(Period period) {
        return "Violations of freedom of expression in Kazakhstan: " + periodName(period);
    }

    @Override
    public String recorded(Period p) {
        String when = switch (p.kind()) {
            case MONTH, YEAR -> "In " + periodName(p);
            case QUARTER -> "In the " + periodName(p);
            case RANGE -> "From " + day(p.start()) + " to " + day(p.end());
        };
        return when + " the monitoring recorded:";
    }

    @Override
    public String heading(String key, Period p) {
        return switch (key) {
            case "figures" -> "Figures";
            case "court" -> "Court decisions";
            case "new_cases" -> "New cases by kind";
            case "year_to_date" -> "Since the start of " + p.year();
            case "comparison" -> "Compared with " + periodName(p.yearEarlier());
            case "art158" -> "Obstruction of journalists' work (Criminal Code art. 158) since " + Counting.SERIES_START;
            case "context" -> "Events and context";
            case "incidents" -> "Incidents by group and category";
            case "updates" -> "Updates to earlier cases";
            default -> throw new IllegalArgumentException(key);
        };
    }

    @Override
    public String groupLine(String label, long count, List<Part> including) {
        StringBuilder line = new StringBuilder(label).append(": ").append(count(count, Noun.REPORT));
        if (!including.isEmpty()) {
            List<String> parts = new ArrayList<>();
            including.forEach(p -> parts.add(lower(p.label()) + ": " + number(p.count())));
            line.append(", including ").append(String.join("; ", parts));
        }
        return line.append('.').toString();
    }

    @Override
    public String claimsLine(long total, List<Part> kinds) {
        String line = "Pre-trial and court claims and charges against journalists, media and citizens: "
                + number(total) + " new (ongoing cases excluded)";
        if (kinds.isEmpty()) {
            return line + ".";
        }
        return line + ", among them " + String.join("; ", kinds.stream().map(Part::label).toList()) + ".";
    }

    @Override
    public String kindWithBasis(Noun kind, long count, String basisLabel) {
        return count(count, kind) + (basisLabel == null ? "" : " under " + basisLabel);
    }

    @Override
    public String courtLine(CourtOutcomes court) {
        if (court.acts() == 0) {
            return "No judicial acts were issued in cases against the media and citizens.";
        }
        return count(court.acts(), Noun.JUDICIAL_ACT) + " issued in cases against the media and citizens, "
                + (court.inFavourOfMedia() == 0 ? "none" : number(court.inFavourOfMedia()))
                + " of them in favour of the media, journalists and citizens.";
    }

    @Override
    public String newCasesLine(CaseCounts c) {
        if (c.total() == 0) {
            return "No new cases.";
        }
        List<String> parts = new ArrayList<>();
        if (c.criminal() > 0) {
            parts.add(count(c.criminal(), Noun.CRIMINAL_CHARGE) + ", " + some(c.criminalInCourt(), c.criminal())
                    + " in court");
        }
        if (c.civil() > 0) {
            parts.add(count(c.civil(), Noun.CIVIL_CLAIM) + ", " + some(c.civilHonour(), c.civil())
                    + " on honour, dignity and business reputation");
        }
        if (c.administrative() > 0) {
            parts.add(count(c.administrative(), Noun.ADMINISTRATIVE_CHARGE));
        }
        return String.join("; ", parts) + ".";
    }

    private String some(long part, long whole) {
        if (part == 0) {
            return whole == 1 ? "not" : "none";
        }
        if (part == whole) {
            return whole == 1 ? "it" : "all";
        }
        return number(part) + " of them";
    }

    @Override
    public String yearToDateLine(Period ytd, CaseCounts c, long collected) {
        long months = wholeMonths(ytd);
        return (months > 0 ? "In " + count(months, Noun.MONTH) + " of " + ytd.year() + ": "
                : "From " + day(ytd.start()) + " to " + day(ytd.end()) + ": ")
                + count(c.criminal(), Noun.CRIMINAL_CHARGE) + " (" + number(c.criminalInCourt()) + " in court), "
                + count(c.administrative(), Noun.ADMINISTRATIVE_CHARGE) + ", "
                + count(c.civil(), Noun.CIVIL_CLAIM) + ", of them " + number(c.civilHonour())
                + " on honour, dignity and business reputation; claims amounted to " + money(c.claimedKzt())
                + "; the courts collected " + money(collected) + ".";
    }

    @Override
    public String comparisonLine(String label, long now, long before, Change change) {
        String how = switch (change.kind()) {
            case NONE -> "none in either year";
            case NEW -> "none a year before";
            case GONE -> "none, against " + number(before) + " a year before";
            case UNCHANGED -> "almost unchanged";
            case MORE -> ratio(change.ratio()) + " times more";
            case FEWER -> "fewer";
            case TIMES_FEWER -> ratio(change.ratio()) + " times fewer";
        };
        return label + ": " + number(now) + " against " + number(before) + ", " + how + ".";
    }

    @Override
    public String art158Summary(long incidents, long complaints, long sentToCourt, long convictions) {
        return "Since " + Counting.SERIES_START + " the monitoring has recorded " + count(incidents, Noun.INCIDENT)
                + " of obstruction of journalists' lawful professional activity or attacks on journalists; "
                + number(complaints) + (complaints == 1 ? " complaint" : " complaints")
                + " to law enforcement under Criminal Code art. 158; " + count(sentToCourt, Noun.CASE)
                + " sent to court; " + number(convictions) + (convictions == 1 ? " conviction." : " convictions.");
    }

    @Override
    public String art158Year(YearIndicator y) {
        return y.year() + ": incidents " + number(y.incidents()) + ", complaints " + number(y.complaints())
                + ", sent to court " + number(y.sentToCourt()) + ", convictions " + number(y.convictions());
    }

    @Override
    public String onlyIn(String language) {
        return switch (language) {
            case "ru" -> "in Russian only";
            case "kk" -> "in Kazakh only";
            default -> "in English only";
        };
    }

    @Override
    public String nothing() {
        return "None recorded.";
    }

    @Override
    public String incidentUpdate(String where, String title, String correctedOn) {
        return where + ": " + title + " (corrected on " + correctedOn + ")";
    }

    @Override
    public String caseUpdate(String title, String openedOn, List<String> events) {
        return title + " (opened " + openedOn + "): " + String.join("; ", events);
    }

    @Override
    public String edition(int version, LocalDate published, String sha256) {
        return "Version " + version + ", published " + day(published) + "; SHA-256 " + sha256 + ".";
    }

    @Override
    public String label(String key) {
        return switch (key) {
            case "new_cases" -> "New cases";
            case "criminal" -> "Criminal charges";
            case "administrative" -> "Administrative charges";
            case "civil" -> "Civil claims";
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
