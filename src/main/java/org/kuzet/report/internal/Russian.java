package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports in Russian: "В марте 2024 года мониторинг зафиксировал", "78 миллионов 100 тысяч тенге", nouns in the
 * form the number asks for (1 дело, 2 дела, 5 дел), by the plural rules of ICU.
 */
public final class Russian extends Wording {

    private static final PluralRules PLURAL = PluralRules.forLocale(ULocale.forLanguageTag("ru"));
    private static final String[] NOMINATIVE = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь"};
    private static final String[] GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля",
            "августа", "сентября", "октября", "ноября", "декабря"};
    private static final String[] PREPOSITIONAL = {"январе", "феврале", "марте", "апреле", "мае", "июне", "июле",
            "августе", "сентябре", "октябре", "ноябре", "декабре"};
    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    @Override
    public Lang lang() {
        return Lang.RU;
    }

    /** The form of a noun after {@code n}: one (1, 21), few (2-4, 22-24) or many (5-20, 25...). */
    static String plural(long n, String one, String few, String many) {
        return switch (PLURAL.select(n)) {
            case "one" -> one;
            case "few" -> few;
            default -> many;
        };
    }

    @Override
    String month(int month, Form form) {
        return switch (form) {
            case NOMINATIVE -> NOMINATIVE[month - 1];
            case WITH_DAY -> GENITIVE[month - 1];
            case IN -> PREPOSITIONAL[month - 1];
        };
    }

    @Override
    String noun(long n, Noun noun) {
        return switch (noun) {
            case REPORT -> plural(n, "сообщение", "сообщения", "сообщений");
            case CASE -> plural(n, "дело", "дела", "дел");
            case JUDICIAL_ACT -> plural(n, "судебный акт", "судебных акта", "судебных актов");
            case CRIMINAL_CHARGE -> plural(n, "уголовное обвинение", "уголовных обвинения", "уголовных обвинений");
            case ADMINISTRATIVE_CHARGE -> plural(n, "административное обвинение", "административных обвинения",
                    "административных обвинений");
            case CIVIL_CLAIM -> plural(n, "гражданский иск", "гражданских иска", "гражданских исков");
            case MONTH -> plural(n, "месяц", "месяца", "месяцев");
            case INCIDENT -> plural(n, "случай", "случая", "случаев");
        };
    }

    @Override
    String moneyWord(long n, int power) {
        return switch (power) {
            case 3 -> plural(n, "миллиард", "миллиарда", "миллиардов");
            case 2 -> plural(n, "миллион", "миллиона", "миллионов");
            case 1 -> plural(n, "тысяча", "тысячи", "тысяч");
            default -> "тенге";
        };
    }

    @Override
    String day(LocalDate day) {
        return day.getDayOfMonth() + " " + GENITIVE[day.getMonthValue() - 1] + " " + day.getYear() + " года";
    }

    @Override
    String monthOfYear(LocalDate month) {
        return NOMINATIVE[month.getMonthValue() - 1] + " " + month.getYear() + " года";
    }

    @Override
    public String periodName(Period p) {
        return switch (p.kind()) {
            case MONTH -> monthOfYear(p.start());
            case QUARTER -> QUARTERS[(p.start().getMonthValue() - 1) / 3] + " квартал " + p.start().getYear() + " года";
            case YEAR -> p.start().getYear() + " год";
            case RANGE -> day(p.start()) + " – " + day(p.end());
        };
    }

    private String in(Period p) {
        return switch (p.kind()) {
            case MONTH -> "В " + PREPOSITIONAL[p.start().getMonthValue() - 1] + " " + p.start().getYear() + " года";
            case QUARTER -> "В " + QUARTERS[(p.start().getMonthValue() - 1) / 3] + " квартале " + p.start().getYear()
                    + " года";
            case YEAR -> "В " + p.start().getYear() + " году";
            case RANGE -> "С " + day(p.start()) + " по " + day(p.end());
        };
    }

    @Override
    public String history(boolean wholly, java.time.YearMonth from) {
        String month = month(from.getMonthValue(), Form.WITH_DAY) + " " + from.getYear() + " года";
        return wholly ? "По опубликованным отчётам: записи полны с " + month + "."
                : "Месяцы до " + month + " — по опубликованным отчётам, последующие — по записям.";
    }

    @Override
    public String title(Period period) {
        return "Нарушения свободы слова в Казахстане: " + periodName(period);
    }

    @Override
    public String recorded(Period p) {
        return in(p) + " мониторинг зафиксировал:";
    }

    @Override
    public String heading(String key, Period p) {
        return switch (key) {
            case "figures" -> "Цифры";
            case "court" -> "Судебные решения";
            case "new_cases" -> "Новые дела по видам";
            case "year_to_date" -> "С начала " + p.year() + " года";
            case "comparison" -> "В сравнении с периодом: " + periodName(p.yearEarlier());
            case "art158" -> "Воспрепятствование работе журналистов (ст. 158 УК РК) с " + Counting.SERIES_START
                    + " года";
            case "context" -> "События и контекст";
            case "incidents" -> "Инциденты по группам и категориям";
            case "updates" -> "Новое по делам прошлых периодов";
            default -> throw new IllegalArgumentException(key);
        };
    }

    @Override
    public String groupLine(String label, long count, List<Part> including) {
        StringBuilder line = new StringBuilder(label).append(" — ").append(count(count, Noun.REPORT));
        if (!including.isEmpty()) {
            List<String> parts = new ArrayList<>();
            including.forEach(p -> parts.add(lower(p.label()) + " — " + number(p.count())));
            line.append(", в том числе: ").append(String.join("; ", parts));
        }
        return line.append('.').toString();
    }

    @Override
    public String claimsLine(long total, List<Part> kinds) {
        String line = "Досудебные и судебные претензии, иски и обвинения против журналистов, СМИ и граждан — "
                + count(total, Noun.CASE) + " (без учёта продолжающихся дел)";
        if (kinds.isEmpty()) {
            return line + ".";
        }
        return line + ", из них: " + String.join("; ", kinds.stream().map(Part::label).toList()) + ".";
    }

    @Override
    public String kindWithBasis(Noun kind, long count, String basisLabel) {
        return count(count, kind) + (basisLabel == null ? "" : " по " + basisLabel);
    }

    @Override
    public String courtLine(CourtOutcomes court) {
        if (court.acts() == 0) {
            return "Судебных актов по делам против СМИ и граждан не вынесено.";
        }
        return count(court.acts(), Noun.JUDICIAL_ACT) + " по делам против СМИ и граждан, из них в пользу СМИ, "
                + "журналистов и граждан — " + (court.inFavourOfMedia() == 0 ? "ни одного"
                        : number(court.inFavourOfMedia())) + ".";
    }

    @Override
    public String newCasesLine(CaseCounts c) {
        if (c.total() == 0) {
            return "Новых дел нет.";
        }
        List<String> parts = new ArrayList<>();
        if (c.criminal() > 0) {
            parts.add(count(c.criminal(), Noun.CRIMINAL_CHARGE) + ", "
                    + (some(c.criminalInCourt(), c.criminal()) + " в суде").strip());
        }
        if (c.civil() > 0) {
            parts.add(count(c.civil(), Noun.CIVIL_CLAIM) + ", "
                    + (some(c.civilHonour(), c.civil()) + " о защите чести, достоинства и деловой репутации").strip());
        }
        if (c.administrative() > 0) {
            parts.add(count(c.administrative(), Noun.ADMINISTRATIVE_CHARGE));
        }
        return String.join("; ", parts) + ".";
    }

    private String some(long part, long whole) {
        if (part == 0) {
            return whole == 1 ? "не" : "ни одного";
        }
        if (part == whole) {
            return whole == 1 ? "" : "все";
        }
        return "из них " + number(part);
    }

    @Override
    public String yearToDateLine(Period ytd, CaseCounts c, long collected) {
        long months = wholeMonths(ytd);
        return (months > 0 ? "За " + count(months, Noun.MONTH) + " " + ytd.year() + " года: "
                : "С " + day(ytd.start()) + " по " + day(ytd.end()) + ": ")
                + count(c.criminal(), Noun.CRIMINAL_CHARGE) + " (из них в суде — " + number(c.criminalInCourt())
                + "), " + count(c.administrative(), Noun.ADMINISTRATIVE_CHARGE) + ", "
                + count(c.civil(), Noun.CIVIL_CLAIM) + ", из них о защите чести, достоинства и деловой репутации — "
                + number(c.civilHonour()) + "; сумма исков — " + money(c.claimedKzt()) + "; суды взыскали "
                + money(collected) + ".";
    }

    @Override
    public String comparisonLine(String label, long now, long before, Change change) {
        String how = switch (change.kind()) {
            case NONE -> "ни в одном из двух лет";
            case NEW -> "год назад не было";
            case GONE -> "год назад было " + number(before);
            case UNCHANGED -> "почти без изменений";
            case MORE -> "в " + ratio(change.ratio()) + " раза больше";
            case FEWER -> "меньше";
            case TIMES_FEWER -> "в " + ratio(change.ratio()) + " раза меньше";
        };
        return label + ": " + number(now) + " против " + number(before) + " — " + how + ".";
    }

    @Override
    public String art158Summary(long incidents, long complaints, long sentToCourt, long convictions) {
        return "С " + Counting.SERIES_START + " года мониторинг зафиксировал " + count(incidents, Noun.INCIDENT)
                + " воспрепятствования законной профессиональной деятельности журналистов или нападений на них; "
                + "обращений в правоохранительные органы по ст. 158 УК РК — " + number(complaints)
                + "; дел, направленных в суд, — " + number(sentToCourt) + "; обвинительных приговоров — "
                + number(convictions) + ".";
    }

    @Override
    public String art158Year(YearIndicator y) {
        return y.year() + ": случаев " + number(y.incidents()) + ", обращений " + number(y.complaints())
                + ", направлено в суд " + number(y.sentToCourt()) + ", приговоров " + number(y.convictions());
    }

    @Override
    public String onlyIn(String language) {
        return switch (language) {
            case "ru" -> "только на русском";
            case "kk" -> "только на казахском";
            default -> "только на английском";
        };
    }

    @Override
    public String nothing() {
        return "Не зафиксировано.";
    }

    @Override
    public String incidentUpdate(String where, String title, String correctedOn) {
        return where + ": " + title + " (исправлено " + correctedOn + ")";
    }

    @Override
    public String caseUpdate(String title, String openedOn, List<String> events) {
        return title + " (открыто " + openedOn + "): " + String.join("; ", events);
    }

    @Override
    public String edition(int version, LocalDate published, String sha256) {
        return "Версия " + version + ", опубликована " + day(published) + "; SHA-256 " + sha256 + ".";
    }

    @Override
    public String label(String key) {
        return switch (key) {
            case "new_cases" -> "Новые дела";
            case "criminal" -> "Уголовные обвинения";
            case "administrative" -> "Административные обвинения";
            case "civil" -> "Гражданские иски";
            default -> throw new IllegalArgumentException(key);
        };
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
