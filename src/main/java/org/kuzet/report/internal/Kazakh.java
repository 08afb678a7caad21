package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports in Kazakh: "2024 жылғы наурызда мониторинг тіркеді", "78 миллион 100 мың теңге". A Kazakh noun after a
 * number keeps its singular form (7 хабарлама, 6 іс), so nouns do not change with the count.
 */
public final class Kazakh extends Wording {

    private static final String[] MONTHS = {"қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде",
            "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"};
    /** The locative ("in March"): the suffix follows the vowel harmony and the last sound of each name. */
    private static final String[] LOCATIVE = {"қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда",
            "шілдеде", "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда"};
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    @Override
    public Lang lang() {
        return Lang.KK;
    }

    @Override
    String month(int month, Form form) {
        return form == Form.IN ? LOCATIVE[month - 1] : MONTHS[month - 1];
    }

    @Override
    String noun(long n, Noun noun) {
        return switch (noun) {
            case REPORT -> "хабарлама";
            case CASE -> "іс";
            case JUDICIAL_ACT -> "сот актісі";
            case CRIMINAL_CHARGE -> "қылмыстық айып";
            case ADMINISTRATIVE_CHARGE -> "әкімшілік айып";
            case CIVIL_CLAIM -> "азаматтық талап";
            case MONTH -> "ай";
            case INCIDENT -> "оқиға";
        };
    }

    @Override
    String moneyWord(long n, int power) {
        return switch (power) {
            case 3 -> "миллиард";
            case 2 -> "миллион";
            case 1 -> "мың";
            default -> "теңге";
        };
    }

    @Override
    String day(LocalDate day) {
        return day.getYear() + " жылғы " + day.getDayOfMonth() + " " + MONTHS[day.getMonthValue() - 1];
    }

    @Override
    String monthOfYear(LocalDate month) {
        return month.getYear() + " жылғы " + MONTHS[month.getMonthValue() - 1];
    }

    @Override
    public String periodName(Period p) {
        return switch (p.kind()) {
            case MONTH -> monthOfYear(p.start());
            case QUARTER -> p.start().getYear() + " жылғы " + QUARTERS[(p.start().getMonthValue() - 1) / 3] + " тоқсан";
            case YEAR -> p.start().getYear() + " жыл";
            case RANGE -> day(p.start()) + " – " + day(p.end());
        };
    }

    private String in(Period p) {
        return switch (p.kind()) {
            case MONTH -> p.start().getYear() + " жылғы " + LOCATIVE[p.start().getMonthValue() - 1];
            case QUARTER -> periodName(p) + "да";
            case YEAR -> p.start().getYear() + " жылы";
            case RANGE -> day(p.start()) + " – " + day(p.end()) + " аралығында";
        };
    }

    @Override
    public String history(boolean wholly, java.time.YearMonth from) {
        String month = from.getYear() + " жылғы " + month(from.getMonthValue(), Form.NOMINATIVE);
        return wholly ? "Жарияланған есептер бойынша: жазбалар " + month + " айынан бастап толық."
                : month + " айына дейінгі айлар — жарияланған есептер бойынша, кейінгілері — жазбалар бойынша.";
    }

    @Override
    public String title(Period period) {
        return "Қазақстандағы сөз бостандығының бұзылуы: " + periodName(period);
    }

    @Override
    public String recorded(Period p) {
        return in(p) + " мониторинг мыналарды тіркеді:";
    }

    @Override
    public String heading(String key, Period p) {
        return switch (key) {
            case "figures" -> "Сандар";
            case "court" -> "Сот шешімдері";
            case "new_cases" -> "Жаңа істер түрлері бойынша";
            case "year_to_date" -> p.year() + " жылдың басынан бері";
            case "comparison" -> "Өткен жылдың сол кезеңімен салыстыру: " + periodName(p.yearEarlier());
            case "art158" -> "Журналистердің жұмысына кедергі келтіру (ҚР ҚК 158-бабы), " + Counting.SERIES_START
                    + " жылдан бері";
            case "context" -> "Оқиғалар және контекст";
            case "incidents" -> "Топтар мен санаттар бойынша оқиғалар";
            case "updates" -> "Бұрынғы істер бойынша жаңалықтар";
            default -> throw new IllegalArgumentException(key);
        };
    }

    @Override
    public String groupLine(String label, long count, List<Part> including) {
        StringBuilder line = new StringBuilder(label).append(" — ").append(count(count, Noun.REPORT));
        if (!including.isEmpty()) {
            List<String> parts = new ArrayList<>();
            including.forEach(p -> parts.add(lower(p.label()) + " — " + number(p.count())));
            line.append(", оның ішінде: ").append(String.join("; ", parts));
        }
        return line.append('.').toString();
    }

    @Override
    public String claimsLine(long total, List<Part> kinds) {
        String line = "Журналистерге, БАҚ пен азаматтарға қойылған сотқа дейінгі және сот талаптары мен айыптары — "
                + count(total, Noun.CASE) + " (жалғасып жатқан істерсіз)";
        if (kinds.isEmpty()) {
            return line + ".";
        }
        return line + ", оның ішінде: " + String.join("; ", kinds.stream().map(Part::label).toList()) + ".";
    }

    @Override
    public String kindWithBasis(Noun kind, long count, String basisLabel) {
        return (basisLabel == null ? "" : basisLabel + " бойынша ") + count(count, kind);
    }

    @Override
    public String courtLine(CourtOutcomes court) {
        if (court.acts() == 0) {
            return "БАҚ пен азаматтарға қарсы істер бойынша сот актілері шығарылған жоқ.";
        }
        return "БАҚ пен азаматтарға қарсы істер бойынша " + count(court.acts(), Noun.JUDICIAL_ACT)
                + ", оның ішінде БАҚ, журналистер мен азаматтардың пайдасына — "
                + (court.inFavourOfMedia() == 0 ? "бірде-біреуі жоқ" : number(court.inFavourOfMedia())) + ".";
    }

    @Override
    public String newCasesLine(CaseCounts c) {
        if (c.total() == 0) {
            return "Жаңа істер жоқ.";
        }
        List<String> parts = new ArrayList<>();
        if (c.criminal() > 0) {
            parts.add(count(c.criminal(), Noun.CRIMINAL_CHARGE) + ", сотта — " + some(c.criminalInCourt(), c.criminal()));
        }
        if (c.civil() > 0) {
            parts.add(count(c.civil(), Noun.CIVIL_CLAIM) + ", ар-намысты, қадір-қасиетті және іскерлік беделді қорғау "
                    + "туралы — " + some(c.civilHonour(), c.civil()));
        }
        if (c.administrative() > 0) {
            parts.add(count(c.administrative(), Noun.ADMINISTRATIVE_CHARGE));
        }
        return String.join("; ", parts) + ".";
    }

    private String some(long part, long whole) {
        if (part == 0) {
            return "жоқ";
        }
        return part == whole && whole > 1 ? "барлығы" : number(part);
    }

    @Override
    public String yearToDateLine(Period ytd, CaseCounts c, long collected) {
        long months = wholeMonths(ytd);
        return (months > 0 ? ytd.year() + " жылдың " + count(months, Noun.MONTH) + "ында: "
                : day(ytd.start()) + " – " + day(ytd.end()) + " аралығында: ")
                + count(c.criminal(), Noun.CRIMINAL_CHARGE) + " (оның ішінде сотта — " + number(c.criminalInCourt())
                + "), " + count(c.administrative(), Noun.ADMINISTRATIVE_CHARGE) + ", "
                + count(c.civil(), Noun.CIVIL_CLAIM) + ", оның ішінде ар-намысты, қадір-қасиетті және іскерлік "
                + "беделді қорғау туралы — " + number(c.civilHonour()) + "; талап етілген сома — "
                + money(c.claimedKzt()) + "; соттар " + money(collected) + " өндіріп алды.";
    }

    @Override
    public String comparisonLine(String label, long now, long before, Change change) {
        String how = switch (change.kind()) {
            case NONE -> "екі жылда да болған жоқ";
            case NEW -> "былтыр болған жоқ";
            case GONE -> "былтыр " + number(before) + " болған";
            case UNCHANGED -> "іс жүзінде өзгеріссіз";
            case MORE -> ratio(change.ratio()) + " есе көп";
            case FEWER -> "азырақ";
            case TIMES_FEWER -> ratio(change.ratio()) + " есе аз";
        };
        return label + ": " + number(now) + ", былтыр " + number(before) + " — " + how + ".";
    }

    @Override
    public String art158Summary(long incidents, long complaints, long sentToCourt, long convictions) {
        return Counting.SERIES_START + " жылдан бері мониторинг журналистердің заңды кәсіби қызметіне кедергі "
                + "келтіру немесе оларға шабуыл жасау туралы " + count(incidents, Noun.INCIDENT) + " тіркеді; "
                + "ҚР ҚК 158-бабы бойынша құқық қорғау органдарына өтініштер — " + number(complaints)
                + "; сотқа жіберілген істер — " + number(sentToCourt) + "; айыптау үкімдері — "
                + number(convictions) + ".";
    }

    @Override
    public String art158Year(YearIndicator y) {
        return y.year() + ": оқиғалар " + number(y.incidents()) + ", өтініштер " + number(y.complaints())
                + ", сотқа жіберілді " + number(y.sentToCourt()) + ", үкімдер " + number(y.convictions());
    }

    @Override
    public String onlyIn(String language) {
        return switch (language) {
            case "ru" -> "тек орыс тілінде";
            case "kk" -> "тек қазақ тілінде";
            default -> "тек ағылшын тілінде";
        };
    }

    @Override
    public String nothing() {
        return "Тіркелген жоқ.";
    }

    @Override
    public String incidentUpdate(String where, String title, String correctedOn) {
        return where + ": " + title + " (" + correctedOn + " түзетілді)";
    }

    @Override
    public String caseUpdate(String title, String openedOn, List<String> events) {
        return title + " (" + openedOn + " ашылған): " + String.join("; ", events);
    }

    @Override
    public String edition(int version, LocalDate published, String sha256) {
        return version + "-нұсқа, " + day(published) + " жарияланды; SHA-256 " + sha256 + ".";
    }

    @Override
    public String label(String key) {
        return switch (key) {
            case "new_cases" -> "Жаңа істер";
            case "criminal" -> "Қылмыстық айыптар";
            case "administrative" -> "Әкімшілік айыптар";
            case "civil" -> "Азаматтық талаптар";
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
