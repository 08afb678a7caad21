package org.kuzet.archive.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.archive.Extraction;
import org.kuzet.archive.Figure;
import org.kuzet.archive.Indicator;
import org.kuzet.archive.NarrativeItem;
import org.kuzet.archive.ReportText;
import org.kuzet.archive.UnusedLine;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.Months;
import org.kuzet.matching.NumberMention;
import org.kuzet.matching.NumberReader;
import org.kuzet.matching.PlaceMatcher;
import org.kuzet.matching.TengeAmounts;

/**
 * One pass over one report. Paragraphs are read in order; a paragraph is a heading (which sets the section that
 * follows: figures of new cases, year-to-date, a list of sub-counts, a multi-year table), the start of a narrative
 * item (a date or a place before a colon, or a bullet with no figure), the continuation of an open item, or prose
 * whose sentences may state figures. Figures are read only outside narrative items, so the amounts and numbers
 * inside a story ("a bribe of 500 thousand tenge") never become statistics.
 */
public final class ReportReading {

    enum Section { NONE, NEW_CASES, YTD, SUBCOUNTS, INDICATORS, COMPARISON }

    private static final Pattern BULLET = Pattern.compile("^[-–—•*]\\s*");
    private static final Pattern CLOSING = Pattern.compile("(?iuU)^(?:the monitoring was (?:prepared|done|compiled)"
            + "|monitoring (?:was )?(?:prepared|done|compiled)|head of (?:the )?monitoring|мониторинг (?:подготовлен|составлен|проведен)"
            + "|руководитель (?:службы )?мониторинга|e-?mail\\b|ask your question|задать вопрос|мониторинг дайындалды)");
    private static final Pattern FILLER = Pattern.compile("(?iuU)^(?:\\s+|[,;:]|and\\s|и\\s|also\\s|также\\s"
            + "|among them,?|of them,?|including,?|of which,?|out of (?:these|them),?|of these,?"
            + "|из них,?|в том числе,?|среди них,?|в их числе,?"
            + "|оның ішінде,?"
            + "|(?:in|during|for)\\s+" + Months.WORD + "\\s+\\d{4}\\s*,?"
            + "|(?:в|во|за)\\s+" + Months.WORD + "\\s+\\d{4}\\s*(?:года|г\\.)?\\s*,?"
            + "|(?:the\\s+)?monitoring[^:\\d]{0,60}recorded(?:\\s+the\\s+following)?:?"
            + "|мониторинг[^:\\d]{0,60}зафиксировал\\w*:?"
            + "|(?:there\\s+were|were\\s+recorded|recorded|registered|зафиксирован\\w*|зарегистрирован\\w*|отмечен\\w*"
            + "|возбужден\\w*|предъявлен\\w*|подан\\w*|поступил\\w*|вынесен\\w*)\\s)+");
    private static final Pattern SUB_MARKER = Pattern.compile("(?iuU)^\\s*(?:among them|of them|including|of which"
            + "|из них|в том числе|среди них|в их числе|оның ішінде)\\b");
    private static final Pattern INCLUDING = Pattern.compile("(?iuU),?\\s*\\(?\\b(?:including|among them|of which"
            + "|в том числе|из них|среди них|в их числе|оның ішінде)\\b");
    private static final Pattern YTD_WORDS = Pattern.compile("(?iuU)since the (?:beginning|start) of (?:the |this )?"
            + "(?:year|(?:19|20)\\d\\d\\b)|жылдың басынан"
            + "|from the (?:beginning|start) of the year|year to date|so far this year|in the first \\S+ months"
            + "|с начала (?:\\d{4} )?года|с начала текущего года|за \\S+ месяц\\w* \\d{4}|жыл басынан");
    private static final Pattern PREVIOUS_YEAR = Pattern.compile("(?iuU)a year (?:before|earlier|ago)|same period of "
            + "(?:the )?(?:last|previous) year|last year|previous year|аналогичн\\w* период\\w* прошлого года"
            + "|прошлого года|в прошлом году|годом ранее|былтыр|өткен жыл"
            + "|\\d+\\s+(?:against|versus|vs\\.?|compared to|против|по сравнению с)\\s+\\d+");
    private static final Pattern MULTI_YEAR = Pattern.compile("(?iuU)\\bsince (?:19|20)\\d\\d\\b|\\bover (?:the (?:past|last) )?"
            + "\\S+ years\\b|\\bfor \\S+ years\\b|during the monitoring|с (?:19|20)\\d\\d года|за \\S+ лет\\b"
            + "|за время мониторинга|за все время|(?:19|20)\\d\\d жылдан бері");
    private static final Pattern SINCE_YEAR = Pattern.compile("(?iuU)(?:since|с)\\s+((?:19|20)\\d\\d)");
    private static final Pattern QUALIFIER = Pattern.compile("(?iuU)(over|more than|about|around|almost|nearly|at least"
            + "|более|свыше|около|почти|не менее|больше)\\s*$");
    private static final Pattern TABLE_CELL = Pattern.compile("(?iuU)^\\s*(\\d+)\\s*(?:\\(\\s*(?:in|в)\\s+((?:19|20)\\d\\d)"
            + "\\s*(?:году?|г\\.)?\\s*\\))?\\s*$");
    private static final Pattern JUDICIAL = Pattern.compile("(?iuU)judicial acts?|court (?:decisions|rulings|acts)"
            + "|judgments? (?:rendered|issued|passed)|судебн\\w* акт\\w*|решени\\w* суд\\w*|сот акті\\w*");
    /** "two judicial acts were issued in appeal and one in cassation": the second number adds to the first. */
    private static final Pattern AND_INSTANCE = Pattern.compile("(?iuU)^[^()]*?\\b(?:in|в)\\s+(?:appeal|cassation"
            + "|апелляц\\w*|кассац\\w*)[^()]*?\\s(?:and|и)\\s+(\\p{L}+|\\d+)\\s+(?:in|в)\\s+(?:appeal|cassation"
            + "|апелляц\\w*|кассац\\w*)");
    /** "Judgments rendered - 76", "Of those in favour of the media - 45": the figure after its label. */
    private static final Pattern DASH_NUMBER = Pattern.compile("^[^\\d(]*?[-–—:]\\s*$");
    private static final Pattern IN_FAVOR = Pattern.compile("(?iuU)in favou?r of|в пользу|пайдасына");
    private static final Pattern CLAIMED = Pattern.compile("(?iuU)claim|demand|sought|seek|amounted|asked for|требова"
            + "|заявлен"
            + "|требу|иск|претензи|составил|талап");
    private static final Pattern COLLECTED = Pattern.compile("(?iuU)collect|award|recover|to pay|paid|взыска"
            + "|присуд|выплат|өндір");
    private static final Pattern IN_COURT = Pattern.compile("(?iuU)^\\s*(?:cases?\\s+|of them\\s+|из них\\s+)?"
            + "(?:(?:were|was|are|is)\\s+)?(?:in|to|reached|sent to|в|дошли до)\\s+(?:the\\s+)?(?:court|суд\\w*)");
    private static final Pattern NONE_IN_COURT = Pattern.compile("(?iuU)\\b(?:no one|none|not one|ни одно\\w*|ни один|никто)"
            + "\\s+(?:of them\\s+|из них\\s+)?(?:(?:is|was|were|are)\\s+)?(?:in|reached|went to|в|не дошл\\w* до)\\s+(?:the\\s+)?(?:court|суд\\w*)");
    private static final Pattern ALL_OF_THEM = Pattern.compile("(?iuU)\\b(?:all of them|all of these|they all|все они"
            + "|все из них|все \\S+ касались|барлығы)\\b");
    private static final Pattern DATE_LINE = Pattern.compile("(?iuU)^\\s*\\d{1,2}\\s+" + Months.WORD
            + "\\s+\\d{4}\\s*(?:г\\.|года)?\\s*$");
    private static final Pattern HONOUR = Pattern.compile("(?sU).*\\b(honou?r|dignity|чести|достоинств|ар-намыс).*");
    private static final Pattern CRIMINAL = Pattern.compile("(?sU).*(criminal|уголовн|қылмыстық).*");
    private static final Pattern ADMINISTRATIVE = Pattern.compile("(?sU).*(administrativ|административн|әкімшілік).*");
    private static final Pattern CIVIL = Pattern.compile("(?sU).*(civil|lawsuit|suits|гражданск|иск|азаматтық).*");
    private static final Pattern ANY_CASES = Pattern.compile("(?sU).*(legal cases|cases|charges|claims|дел|обвинени"
            + "|претензи|іс).*");
    private static final Pattern PEOPLE = Pattern.compile("(?iuU)^\\s*(?:\\p{L}+\\s+)?(?:journalists?|reporters?"
            + "|bloggers?|people|persons|citizens|cameram[ae]n|photographers?|editors?|lawyers?|журналист\\w*"
            + "|человек\\w*|блогер\\w*|граждан(?:е|ам|ами|ах|ин\\w*|ка\\w*)?|оператор\\w*|редактор\\w*|юрист\\w*|адвокат\\w*)\\b");
    private static final Pattern NO_CASES = Pattern.compile("(?iuU)^(?:no|not a single|нет|ни одного)\\s+"
            + "(?=\\S*\\s*(?:criminal|administrative|civil|уголовн|административн|гражданск))");
    private static final Pattern THESE_INCLUDE = Pattern.compile("(?iuU)(?:these include|they include|among them|"
            + "including|среди них|в их числе|в том числе|это|такие как)\\s*:?\\s*$");

    private static final Pattern NEW_CASES_HEADING = Pattern.compile("(?iuU)new cases|новые дела|жаңа істер");
    private static final Pattern COMPARISON_HEADING = Pattern.compile("(?iuU)compared with|in comparison with"
            + "|в сравнении с|по сравнению с|салыстыру");
    /** "Label: 7 reports, including ...", "Label — 13 сообщений, в том числе: ...": a count after its label. */
    private static final Pattern LABEL_FIRST = Pattern.compile("(?sU)^([^\\d:—–]{3,200}?)\\s*(?::|\\s[—–-])\\s*"
            + "(?=\\d)");
    /** "- Criminal charges: 2 against 3", "- Қылмыстық айыптар: 2, былтыр 3": this period and the year before. */
    private static final Pattern AGAINST = Pattern.compile("(?iuU)^\\s*(\\d+)\\s*(?:against|vs\\.?|против|,\\s*былтыр)"
            + "\\s+(\\d+)");
    private static final Pattern SUB_SPLIT = Pattern.compile(";");
    /** A part that begins with a number of its own kind: "6 administrative charges", not "1 of them in court". */
    private static final Pattern NEXT_KIND = Pattern.compile("(?iuU)\\d+\\s+(?!of them|из них|оның)\\p{L}");
    /** The words of a kind end at a comma or a bracket: "5 civil claims, 4 of them on honour". */
    private static final Pattern OWN_END = Pattern.compile("[,(]");
    private static final Pattern COURT_DASH = Pattern.compile("(?iuU)(?:in court|в суде|сотта)\\s*[—–-]\\s*$");
    private static final Pattern OF_THEM = Pattern.compile("(?iuU)\\s*(?:of them|из них|оның ішінде)\\s*");
    private static final Pattern DASH_END = Pattern.compile("\\s[—–-]\\s*$");

    private final String file;
    private final ReportText report;
    private final String text;
    private final CueBook cues;
    private final ItemReader items;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<NarrativeItem> narrative = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<UnusedLine> unused = new ArrayList<>();
    /** Sub-counts read under a group count: group key to the sub-count figures. */
    private final Map<String, List<Figure>> subCounts = new LinkedHashMap<>();

    private ReportMonth month;
    private Section section = Section.NONE;
    private String lastGroup;
    private String listedUnder;
    private String tableLabel;
    private Span openItem;
    private ItemReader.Lead openLead;
    private String openListedUnder;

    public ReportReading(String file, ReportText report, CueBook cues, PlaceMatcher places) {
        this.file = file;
        this.report = report;
        this.text = report.text();
        this.cues = cues;
        this.items = new ItemReader(cues, places);
    }

    public Extraction read() {
        List<Span> paragraphs = Span.paragraphs(text);
        month = ReportMonth.of(paragraphs.stream().map(Span::text).toList());
        warnings.addAll(month.warnings());
        boolean finished = false;
        for (int i = 0; i < paragraphs.size() && !finished; i++) {
            Span p = paragraphs.get(i);
            if (i <= month.titleParagraph() || isDateLine(p)) {
                continue;
            }
            if (CLOSING.matcher(p.text()).find()) {
                closeItem();
                finished = true;
                continue;
            }
            read(i, p);
        }
        closeItem();
        checkSubCounts();
        return new Extraction(file, report, month.month(), month.published(), List.copyOf(figures),
                List.copyOf(indicators), List.copyOf(narrative), List.copyOf(warnings), List.copyOf(unused),
                month.year());
    }

    private void read(int index, Span p) {
        Matcher bulletMatch = BULLET.matcher(p.text());
        boolean bullet = bulletMatch.find();
        Span body = bullet ? p.sub(bulletMatch.end(), p.text().length()) : p;
        ItemReader.Lead lead = items.lead(body.text(), month.month());
        if (lead != null) {
            closeItem();
            openItem = p;
            openLead = new ItemReader.Lead(lead.date(), lead.places(), lead.length() + (body.start() - p.start()));
            openListedUnder = listedUnder;
            section = Section.NONE;
            return;
        }
        if (section == Section.COMPARISON && comparison(body)) {
            closeItem();
            return;
        }
        if (section == Section.NONE && labelFirst(body)) {
            closeItem();
            return;
        }
        if (section != Section.INDICATORS && labelCount(body)) {
            closeItem();
            return;
        }
        boolean figureFirst = startsWithFigure(body);
        if (!bullet && !figureFirst && isHeading(p.text())) {
            closeItem();
            heading(p.text());
            return;
        }
        boolean figureSection = section == Section.NEW_CASES || section == Section.YTD;
        if (bullet && !figureFirst && !figureSection) {
            closeItem();
            openItem = p;
            openLead = null;
            openListedUnder = listedUnder;
            return;
        }
        if (openItem != null && !figureFirst) {
            openItem = Span.of(text, openItem.start(), p.end());
            return;
        }
        closeItem();
        prose(index, body);
    }

    private void heading(String h) {
        String lower = Numbers.lower(h);
        if (YTD_WORDS.matcher(h).find()) {
            section = Section.YTD;
        } else if (SUB_MARKER.matcher(h).find() && h.strip().length() < 40) {
            section = Section.SUBCOUNTS;
        } else if (h.strip().endsWith(":") && (lower.contains("charge") || lower.contains("claim")
                || lower.contains("обвинени") || lower.contains("иск") || lower.contains("претензи")
                || lower.contains("дел")) || NEW_CASES_HEADING.matcher(h).find()) {
            section = Section.NEW_CASES;
        } else if (COMPARISON_HEADING.matcher(h).find()) {
            section = Section.COMPARISON;
        } else if (section == Section.INDICATORS && !h.strip().endsWith(":")) {
            tableLabel = h.strip();
            return;
        } else {
            section = Section.NONE;
        }
        listedUnder = null;
    }

    private void prose(int index, Span body) {
        List<NumberMention> all = NumberReader.find(body.text());
        if (section == Section.INDICATORS && tableCell(body)) {
            return;
        }
        if (multiYear(body, all)) {
            indicators(body, all);
            section = Section.INDICATORS;
            tableLabel = null;
            return;
        }
        if (section == Section.INDICATORS) {
            section = Section.NONE;
        }
        String foundCategory = null;
        List<Span> sentences = body.sentences();
        Figure judicial = null;
        Figure previous = null;
        for (Span s : sentences) {
            List<NumberMention> numbers = NumberReader.find(s.text());
            Set<Integer> usedHere = new HashSet<>();
            if (JUDICIAL.matcher(s.text()).find() || judicial != null && IN_FAVOR.matcher(s.text()).find()) {
                judicial = judicial(s, numbers, usedHere, judicial);
            }
            money(s, numbers, usedHere);
            if (PREVIOUS_YEAR.matcher(s.text()).find()) {
                previousYear(s, numbers, usedHere);
            }
            boolean ytd = YTD_WORDS.matcher(s.text()).find();
            if (section == Section.NEW_CASES || section == Section.YTD || ytd) {
                previous = caseKinds(s, numbers, usedHere, ytd || section == Section.YTD ? "ytd" : "new_cases",
                        previous);
            } else {
                String c = counts(s, usedHere);
                if (c == null && usedHere.isEmpty() && Numbers.figures(s.text(), numbers).isEmpty()) {
                    c = countOfOne(s);
                }
                foundCategory = c != null ? c : foundCategory;
            }
            for (NumberMention n : numbers) {
                String not = Numbers.notAFigure(s.text(), n);
                if (!usedHere.contains(n.start()) && (not == null || not.equals("a share"))) {
                    unused.add(new UnusedLine(index, s.text(), not == null ? reasonFor(s.text())
                            : "a share (per cent), which is not stored", s.start(), s.end()));
                    break;
                }
            }
        }
        if (foundCategory != null && THESE_INCLUDE.matcher(body.text()).find()) {
            listedUnder = cues.isGroup(foundCategory) ? null : foundCategory;
            if (cues.isGroup(foundCategory) && body.text().strip().endsWith(":")) {
                section = Section.SUBCOUNTS; // "5 reports of violations of the rights of journalists, including:"
            }
        }
        if (section == Section.SUBCOUNTS && lastGroup == null) {
            section = Section.NONE;
        }
    }

    private static final Pattern LABEL = Pattern.compile("(?sU)^([^.!?\\d]{3,160}?)\\s*[-–—:]\\s*$");
    private static final Pattern AFTER_LABEL_NUMBER = Pattern.compile("(?iuU)^\\s*(?:\\p{L}+)?\\s*[.;]?\\s*$");

    /**
     * A group's line that puts its label first, as Kuzet's own reports do: "Label: 7 reports, including sub-label: 3;
     * sub-label: 2", "Label — 8 дел (...), из них: 2 уголовных обвинения; 5 гражданских исков". The label must name a
     * group of the tree; its sub-counts, split at semicolons, are label-first or number-first.
     */
    private boolean labelFirst(Span body) {
        Matcher m = LABEL_FIRST.matcher(body.text());
        if (!m.find()) {
            return false;
        }
        Optional<String> group = cues.named(m.group(1)).filter(cues::isGroup);
        if (group.isEmpty()) {
            group = cues.group(m.group(1)).or(() -> cues.byMeaning(m.group(1), cues::isGroup));
        }
        List<NumberMention> numbers = NumberReader.find(body.text());
        NumberMention n = numbers.stream().filter(x -> x.start() == m.end()).findFirst().orElse(null);
        if (group.isEmpty() || n == null || Numbers.notAFigure(body.text(), n) != null) {
            return false;
        }
        Figure total = new Figure("counts." + group.get(), n.value(), body.start() + n.start(), body.start() + n.end(),
                body.text());
        add(total);
        registered(group.get(), total, false, null);
        Matcher inc = INCLUDING.matcher(body.text());
        if (!inc.find(n.end())) {
            return true;
        }
        int from = inc.end();
        String rest = body.text().substring(from);
        Matcher semi = SUB_SPLIT.matcher(rest);
        int at = 0;
        while (at <= rest.length()) {
            int end = semi.find() ? semi.start() : rest.length();
            subCount(body.sub(from + at, from + end), group.get());
            at = end + 1;
        }
        return true;
    }

    /** One sub-count of a label-first line: "threats: 2", "угрозы — 2", "5 civil claims". */
    private void subCount(Span part, String group) {
        String t = part.text().replaceFirst("^[\\s:]+", "");
        int lead = part.text().length() - t.length();
        List<NumberMention> numbers = Numbers.figures(t, NumberReader.find(t));
        if (numbers.isEmpty()) {
            return;
        }
        NumberMention n = numbers.getFirst();
        Matcher m = LABEL_FIRST.matcher(t);
        // "threats: 2" names its code before the number; "5 civil claims" and "under art. 73-3, 1 administrative
        // charge" after it.
        String label = n.start() > 0 && m.find() && m.end() == n.start() ? m.group(1) : t.substring(n.end());
        if (Numbers.notAFigure(t, n) != null) {
            return;
        }
        Optional<String> code = cues.named(label).filter(c -> cues.groupOf(c).equals(group));
        if (code.isEmpty()) {
            code = code(label, true, true, group);
        }
        code.ifPresent(c -> {
            Figure f = new Figure("counts." + c, n.value(), part.start() + lead + n.start(),
                    part.start() + lead + n.end(), part.text());
            add(f);
            registered(c, f, true, group);
        });
    }

    /**
     * A line of the comparison with the same period a year before: "Label: 7 against 5, 1.4 times more". The first
     * number repeats this period's figure; the second is the year before's, kept under the group or kind named.
     */
    private boolean comparison(Span body) {
        Matcher m = LABEL_FIRST.matcher(body.text());
        if (!m.find()) {
            return false;
        }
        Matcher against = AGAINST.matcher(body.text().substring(m.end()));
        if (!against.find()) {
            return false;
        }
        String label = m.group(1);
        Optional<String> named = cues.named(label).filter(cues::isGroup);
        String kind = kind(label);
        String key = named.orElse(kind != null ? kind : cues.group(label).orElse(null));
        if (key == null) {
            return false;
        }
        int at = body.start() + m.end() + against.start(2);
        add(new Figure("previous_year." + key, Long.parseLong(against.group(2)), at, at + against.group(2).length(),
                body.text()));
        return true;
    }

    /** "Attacks on journalists – 3", "Отказы в предоставлении информации: 15 случаев": a count after its label. */
    private boolean labelCount(Span body) {
        List<NumberMention> numbers = NumberReader.find(body.text());
        if (numbers.isEmpty()) {
            return false;
        }
        NumberMention n = numbers.get(numbers.size() - 1);
        if (TengeAmounts.isTenge(body.text(), n)) {
            return false; // "Non-pecuniary damages claimed: 20 million tenge" is money, not a count
        }
        Matcher label = LABEL.matcher(body.text().substring(0, n.start()));
        if (!n.isWhole() || !label.matches() || !AFTER_LABEL_NUMBER.matcher(body.text().substring(n.end())).matches()
                || Numbers.notAFigure(body.text(), n) != null) {
            return false;
        }
        boolean sub = section == Section.SUBCOUNTS || SUB_MARKER.matcher(label.group(1)).find();
        Optional<String> code = code(label.group(1), sub, false, lastGroup);
        if (code.isEmpty()) {
            return false;
        }
        Figure f = new Figure("counts." + code.get(), n.value(), body.start() + n.start(), body.start() + n.end(),
                body.text());
        add(f);
        registered(code.get(), f, sub, lastGroup);
        return true;
    }

    /** A paragraph about several years: the marker ("since 2019", "over six years") comes before its figures. */
    private static boolean multiYear(Span body, List<NumberMention> all) {
        Matcher m = MULTI_YEAR.matcher(body.text());
        if (!m.find() || YTD_WORDS.matcher(body.text()).find()) {
            return false;
        }
        for (NumberMention n : all) {
            if (Numbers.notAFigure(body.text(), n) == null) {
                return m.start() < n.start();
            }
        }
        return true;
    }

    private String reasonFor(String sentence) {
        if (section == Section.NEW_CASES || section == Section.YTD) {
            return "a number with no kind of case (criminal, civil, administrative) next to it";
        }
        if (sentence.matches("(?sU)^\\s*\\d+\\s*$")) {
            return "a number alone on its line, with no label";
        }
        return "a number with no category cue, figure word or amount next to it";
    }

    // ------------------------------------------------------------------ counts by category

    /** "7 reports of violations of the rights of journalists", "13 ..., including 9 refusals": counts by code. */
    private String counts(Span sentence, Set<Integer> used) {
        String found = null;
        for (Span clause : sentence.clauses()) {
            Matcher inc = INCLUDING.matcher(clause.text());
            List<Span> parts = new ArrayList<>();
            int from = 0;
            while (inc.find()) {
                if (inc.start() > from) {
                    parts.add(clause.sub(from, inc.start()));
                }
                from = inc.start();
            }
            parts.add(clause.sub(from, clause.text().length()));
            parts = splitBeforeNumbers(parts);
            String head = null;
            for (int k = 0; k < parts.size(); k++) {
                Span part = parts.get(k);
                boolean sub = k > 0 || SUB_MARKER.matcher(part.text()).find() || section == Section.SUBCOUNTS;
                String parentGroup = k > 0 && head != null && cues.isGroup(head) ? head : lastGroup;
                String code = count(part, sub, k > 0, parentGroup, sentence, used);
                if (k == 0) {
                    head = code;
                }
                found = code != null ? code : found;
            }
        }
        return found;
    }

    /** "An attack on a journalist was recorded", "Нападение на журналиста зафиксировано": a count of one. */
    private static final Pattern ONE = Pattern.compile("(?uU)^\\s*(?:(?:An?|One)\\s+(?<en>.{3,80}?)\\s+(?:was|has been)"
            + "\\s+(?:recorded|registered|reported|noted)\\b|(?<ru>\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+){0,6}?)\\s+"
            + "(?:было\\s+)?(?:зафиксирован[оа]?|зарегистрирован[оа]?|отмечен[оа]?)\\b)");

    private String countOfOne(Span s) {
        Matcher m = ONE.matcher(s.text());
        if (!m.find()) {
            return null;
        }
        String phrase = m.group("en") != null ? m.group("en") : m.group("ru");
        Optional<String> code = cues.category(phrase, c -> !c.equals("context"));
        if (code.isEmpty()) {
            return null;
        }
        // The figure's span is the word that says "one": the article, or the Russian noun in the singular.
        Matcher word = Pattern.compile("\\p{L}+").matcher(s.text());
        if (!word.find(m.start())) {
            return null;
        }
        int start = word.start();
        int end = word.end();
        Figure f = new Figure("counts." + code.get(), 1, s.start() + start, s.start() + end, s.text());
        add(f);
        return registered(code.get(), f, section == Section.SUBCOUNTS, lastGroup);
    }

    private static final Pattern JOINER = Pattern.compile("(?iuU),?\\s+(?:and|и|және)\\s+|,\\s*");

    /** "including 3 attacks and 2 threats": each number after "and" or a comma starts a part of its own. */
    private static List<Span> splitBeforeNumbers(List<Span> parts) {
        List<Span> out = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            Span part = parts.get(k);
            Matcher m = JOINER.matcher(part.text());
            int from = 0;
            while (m.find()) {
                String after = part.text().substring(m.end());
                List<NumberMention> first = NumberReader.find(after);
                if (!first.isEmpty() && first.get(0).start() == 0 && first.get(0).isWhole()
                        && Numbers.notAFigure(after, first.get(0)) == null && m.start() > from) {
                    out.add(part.sub(from, m.start()));
                    from = m.start();
                }
            }
            out.add(part.sub(from, part.text().length()));
        }
        return out;
    }

    private String count(Span part, boolean sub, boolean afterIncluding, String parentGroup, Span sentence,
                         Set<Integer> used) {
        Matcher filler = FILLER.matcher(part.text());
        int at = filler.lookingAt() ? filler.end() : 0;
        List<NumberMention> numbers = NumberReader.find(part.text());
        NumberMention n = numbers.stream().filter(m -> m.start() == at).findFirst().orElse(null);
        if (n == null || Numbers.notAFigure(part.text(), n) != null || TengeAmounts.isTenge(part.text(), n)
                || used.contains(part.start() - sentence.start() + n.start())) {
            return null;
        }
        String rest = part.text().substring(n.end());
        if (rest.matches("(?is)^\\s*(?:of them|из них).*") || PEOPLE.matcher(rest).find()) {
            return null; // "3 journalists were detained" counts people, not reports
        }
        String group = parentGroup != null ? parentGroup : lastGroup;
        Optional<String> code = code(rest, sub, afterIncluding, group);
        if (code.isEmpty()) {
            return null;
        }
        String c = code.get();
        Figure f = new Figure("counts." + c, n.value(), part.start() + n.start(), part.start() + n.end(),
                sentence.text());
        if (add(f)) {
            used.add(part.start() - sentence.start() + n.start());
        }
        return registered(c, f, sub, group);
    }

    /**
     * The code a counted phrase names. Under a group ("among them", "including") a category of that group comes
     * first, unless the phrase names another group outright (the list of sub-counts has ended).
     */
    private Optional<String> code(String phrase, boolean sub, boolean afterIncluding, String group) {
        Optional<String> namedGroup = cues.group(phrase);
        Optional<String> code = Optional.empty();
        boolean otherGroup = !afterIncluding && namedGroup.isPresent() && !namedGroup.get().equals(group);
        if (sub && group != null && !otherGroup) {
            code = cues.category(phrase, c -> cues.groupOf(c).equals(group));
        }
        if (code.isEmpty()) {
            code = namedGroup;
        }
        if (code.isEmpty()) {
            code = cues.category(phrase, c -> !c.equals("context"));
        }
        if (code.isEmpty() && sub && group != null) {
            code = cues.byMeaning(phrase, c -> cues.groupOf(c).equals(group));
        }
        if (code.isEmpty()) {
            code = cues.byMeaning(phrase, c -> true);
        }
        return code;
    }

    private String registered(String c, Figure f, boolean sub, String group) {
        if (cues.isGroup(c)) {
            lastGroup = c;
            section = section == Section.SUBCOUNTS ? Section.NONE : section;
        } else if (group != null && cues.groupOf(c).equals(group) && (sub || section == Section.SUBCOUNTS)) {
            subCounts.computeIfAbsent(group, g -> new ArrayList<>()).add(f);
        }
        return c;
    }

    private boolean add(Figure f) {
        for (Figure known : figures) {
            if (known.key().equals(f.key())) {
                if (known.value() != f.value()) {
                    warnings.add(f.key() + " is stated twice: " + known.value() + " and then " + f.value()
                            + "; the first is kept");
                }
                return known.start() == f.start();
            }
        }
        figures.add(f);
        return true;
    }

    private void checkSubCounts() {
        subCounts.forEach((group, subs) -> {
            long total = figures.stream().filter(f -> f.key().equals("counts." + group)).mapToLong(Figure::value)
                    .findFirst().orElse(-1);
            long sum = subs.stream().mapToLong(Figure::value).sum();
            if (total >= 0 && sum > total) {
                warnings.add("the sub-counts of " + group + " add up to " + sum + ", more than its total of " + total
                        + "; both are kept as printed");
            }
        });
        checkPart("new_cases.criminal_in_court", "new_cases.criminal");
        checkPart("new_cases.honour_dignity", "new_cases.civil");
        checkPart("ytd.criminal_in_court", "ytd.criminal");
        checkPart("ytd.honour_dignity", "ytd.civil");
        checkPart("in_favor_of_media", "judicial_acts");
    }

    private void checkPart(String part, String whole) {
        Optional<Figure> p = figures.stream().filter(f -> f.key().equals(part)).findFirst();
        Optional<Figure> w = figures.stream().filter(f -> f.key().equals(whole)).findFirst();
        if (p.isPresent() && w.isPresent() && p.get().value() > w.get().value()) {
            warnings.add(part + " (" + p.get().value() + ") is more than " + whole + " (" + w.get().value()
                    + "); both are kept as printed");
        }
    }

    // ------------------------------------------------------------------ court outcomes

    private Figure judicial(Span s, List<NumberMention> numbers, Set<Integer> used, Figure judicial) {
        Matcher j = JUDICIAL.matcher(s.text());
        if (judicial == null && j.find()) {
            NumberMention before = null;
            for (NumberMention n : numbers) {
                if (n.end() <= j.start() && Numbers.notAFigure(s.text(), n) == null
                        && !TengeAmounts.isTenge(s.text(), n)) {
                    before = n;
                }
            }
            if (before == null) {
                before = afterDash(s.text(), numbers, j.end(), used);
            }
            if (before != null) {
                long value = before.value();
                used.add(before.start());
                NumberMention more = andInstance(s.text(), numbers, before);
                if (more != null) {
                    value += more.value();
                    used.add(more.start());
                }
                judicial = new Figure("judicial_acts", value, s.start() + before.start(),
                        s.start() + before.end(), s.text());
                add(judicial);
            }
        }
        Matcher favor = IN_FAVOR.matcher(s.text());
        if (judicial != null && favor.find()) {
            for (NumberMention n : numbers) {
                if (!used.contains(n.start()) && n.end() <= favor.start()
                        && Numbers.notAFigure(s.text(), n) == null) {
                    add(new Figure("in_favor_of_media", n.value(), s.start() + n.start(), s.start() + n.end(),
                            s.text()));
                    used.add(n.start());
                    return judicial;
                }
            }
            NumberMention after = afterDash(s.text(), numbers, favor.end(), used);
            if (after != null) {
                add(new Figure("in_favor_of_media", after.value(), s.start() + after.start(), s.start() + after.end(),
                        s.text()));
                used.add(after.start());
            }
        }
        return judicial;
    }

    /** The first figure after a label that ends in a dash or colon ("Judgments rendered - 76"). */
    private static NumberMention afterDash(String t, List<NumberMention> numbers, int from, Set<Integer> used) {
        for (NumberMention n : numbers) {
            if (n.start() >= from && !used.contains(n.start()) && Numbers.notAFigure(t, n) == null
                    && !TengeAmounts.isTenge(t, n)) {
                return DASH_NUMBER.matcher(t.substring(from, n.start())).matches() ? n : null;
            }
        }
        return null;
    }

    /** "2 judicial acts in appeal and one in cassation": the second instance's number, to be added. */
    private static NumberMention andInstance(String t, List<NumberMention> numbers, NumberMention first) {
        Matcher m = AND_INSTANCE.matcher(t.substring(first.end()));
        if (!m.find()) {
            return null;
        }
        int at = first.end() + m.start(1);
        return numbers.stream().filter(n -> n.start() == at).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ money

    private void money(Span s, List<NumberMention> numbers, Set<Integer> used) {
        String t = s.text();
        for (NumberMention n : numbers) {
            if (!n.isWhole() || used.contains(n.start())) {
                continue;
            }
            if (!TengeAmounts.isTenge(t, n)) {
                continue;
            }
            // The words that say claimed or collected belong to the amount's own clause: "claims amounted to X;
            // the courts collected Y", "талап етілген сома — X; соттар Y теңге өндіріп алды".
            int clauseStart = t.lastIndexOf(';', n.start()) + 1;
            int clauseEnd = t.indexOf(';', n.end());
            String before = t.substring(clauseStart, n.start());
            int claimed = lastMatch(CLAIMED, before);
            int collected = lastMatch(COLLECTED, before);
            String key;
            if (claimed < 0 && collected < 0) {
                String after = t.substring(n.end(), clauseEnd < 0 ? t.length() : clauseEnd);
                boolean c = COLLECTED.matcher(after).find();
                key = c ? "damages_collected_kzt" : CLAIMED.matcher(after).find() ? "damages_claimed_kzt" : null;
            } else {
                key = collected > claimed ? "damages_collected_kzt" : "damages_claimed_kzt";
            }
            used.add(n.start());
            if (key == null) {
                warnings.add("an amount of " + n.value() + " tenge with no word saying whether it was claimed or "
                        + "collected: \"" + t + "\"");
                continue;
            }
            add(new Figure(key, n.value(), s.start() + n.start(), s.start() + n.end(), t));
        }
    }

    private static int lastMatch(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    // ------------------------------------------------------------------ new cases, year to date

    private Figure caseKinds(Span s, List<NumberMention> numbers, Set<Integer> used, String family, Figure previous) {
        for (Span clause : kindParts(s)) {
            String t = clause.text();
            int offset = clause.start() - s.start();
            Matcher all = ALL_OF_THEM.matcher(t);
            if (all.find() && previous != null) {
                String kind = kind(t.substring(all.end()));
                if (kind != null && !kind.equals(previous.code())) {
                    add(new Figure(family + "." + kind, previous.value(), clause.start() + all.start(),
                            clause.start() + all.end(), s.text()));
                }
                continue;
            }
            Matcher filler = FILLER.matcher(t);
            int at = filler.lookingAt() ? filler.end() : 0;
            Matcher zero = NO_CASES.matcher(t.substring(at));
            if (zero.find()) {
                String kind = kind(t.substring(at + zero.end()));
                if (kind != null) {
                    add(new Figure(family + "." + kind, 0, clause.start() + at, clause.start() + at + zero.end(),
                            s.text()));
                }
                continue;
            }
            List<NumberMention> here = NumberReader.find(t);
            NumberMention n = here.stream().filter(m -> m.start() == at).findFirst().orElse(null);
            if (n == null || Numbers.notAFigure(t, n) != null || used.contains(offset + n.start())) {
                continue;
            }
            String rest = t.substring(n.end());
            Matcher inc = INCLUDING.matcher(rest);
            String own = inc.find() ? rest.substring(0, inc.start()) : rest;
            Matcher stop = OWN_END.matcher(own);
            own = stop.find() ? own.substring(0, stop.start()) : own;
            String kind = kind(own);
            if (kind == null) {
                continue;
            }
            Figure f = new Figure(family + "." + kind, n.value(), clause.start() + n.start(), clause.start() + n.end(),
                    s.text());
            add(f);
            used.add(offset + n.start());
            previous = f;
            inCourt(clause, here, n, family, kind, used, offset);
            if (inc.find(0)) {
                subKind(clause, t, n.end() + inc.end(), family, kind, used, offset);
            } else if (stop.find(0) && t.charAt(n.end() + stop.start()) == ',') {
                subKind(clause, t, n.end() + stop.end(), family, kind, used, offset);
            }
        }
        return previous;
    }

    /** Clauses, cut again before ", 6 administrative charges" (but not before ", 1 of them in court"). */
    private static List<Span> kindParts(Span s) {
        List<Span> out = new ArrayList<>();
        for (Span clause : s.clauses()) {
            String t = clause.text();
            Matcher m = JOINER.matcher(t);
            int from = 0;
            while (m.find()) {
                String next = t.substring(m.end());
                Matcher filler = FILLER.matcher(next);
                int at = filler.lookingAt() ? filler.end() : 0;
                if (m.start() > from && !SUB_MARKER.matcher(next).find()
                        && NEXT_KIND.matcher(next.substring(at)).lookingAt()) {
                    out.add(clause.sub(from, m.start()));
                    from = m.end();
                }
            }
            out.add(clause.sub(from, t.length()));
        }
        return out;
    }

    private void inCourt(Span clause, List<NumberMention> here, NumberMention main, String family, String kind,
                         Set<Integer> used, int offset) {
        if (!kind.equals("criminal")) {
            return;
        }
        String t = clause.text();
        Matcher none = NONE_IN_COURT.matcher(t);
        if (none.find()) {
            add(new Figure(family + ".criminal_in_court", 0, clause.start() + none.start(), clause.start() + none.end(),
                    t));
            for (NumberMention n : here) {
                if (n.start() >= none.start() && n.end() <= none.end()) {
                    used.add(offset + n.start());
                }
            }
            return;
        }
        for (NumberMention n : here) {
            if (n.start() > main.start() && n.isWhole() && (IN_COURT.matcher(t.substring(n.end())).find()
                    || COURT_DASH.matcher(t.substring(main.end(), n.start())).find())) {
                add(new Figure(family + ".criminal_in_court", n.value(), clause.start() + n.start(),
                        clause.start() + n.end(), t));
                used.add(offset + n.start());
                return;
            }
        }
    }

    /** "10 civil claims, of them 8 on honour and dignity": the sub-figure after "of them". */
    private void subKind(Span clause, String t, int from, String family, String mainKind, Set<Integer> used,
                         int offset) {
        String rest = t.substring(from);
        List<NumberMention> numbers = NumberReader.find(rest);
        if (numbers.isEmpty() || used.contains(offset + from + numbers.get(0).start())) {
            return;
        }
        NumberMention n = numbers.get(0);
        if (Numbers.notAFigure(rest, n) != null) {
            return;
        }
        String label = rest.substring(0, n.start());
        String kind;
        if (label.isBlank() || OF_THEM.matcher(label).matches()) {
            kind = kind(rest.substring(n.end()));
        } else if (DASH_END.matcher(label).find()) {
            kind = kind(label); // "из них о защите чести, достоинства и деловой репутации — 12"
        } else {
            return;
        }
        if (kind == null || kind.equals(mainKind) || kind.equals("legal_cases")) {
            return;
        }
        add(new Figure(family + "." + kind, n.value(), clause.start() + from + n.start(),
                clause.start() + from + n.end(), t));
        used.add(offset + from + n.start());
    }

    /** The kind of case a phrase speaks of. */
    static String kind(String phrase) {
        String t = Numbers.lower(phrase);
        if (HONOUR.matcher(t).matches()) {
            return "honour_dignity";
        }
        if (CRIMINAL.matcher(t).matches()) {
            return "criminal";
        }
        if (ADMINISTRATIVE.matcher(t).matches()) {
            return "administrative";
        }
        if (CIVIL.matcher(t).matches()) {
            return "civil";
        }
        if (ANY_CASES.matcher(t).matches()) {
            return "legal_cases";
        }
        return null;
    }

    // ------------------------------------------------------------------ the same period of last year

    /** "64 legal cases ..., 1.3 times more than the 49 a year before"; "criminal charges up 1.5 times: 6 against 4". */
    private void previousYear(Span s, List<NumberMention> numbers, Set<Integer> used) {
        List<NumberMention> figuresHere = numbers.stream()
                .filter(n -> Numbers.notAFigure(s.text(), n) == null && !used.contains(n.start())).toList();
        if (figuresHere.size() != 2) {
            return;
        }
        String kind = kind(s.text().substring(0, Math.max(figuresHere.get(0).end(),
                Math.min(s.text().length(), figuresHere.get(0).end() + 40))));
        if (kind == null) {
            kind = kind(s.text());
        }
        if (kind == null) {
            return;
        }
        NumberMention now = figuresHere.get(0);
        NumberMention before = figuresHere.get(1);
        add(new Figure("ytd." + kind, now.value(), s.start() + now.start(), s.start() + now.end(), s.text()));
        add(new Figure("previous_year." + kind, before.value(), s.start() + before.start(), s.start() + before.end(),
                s.text()));
        used.add(now.start());
        used.add(before.start());
    }

    // ------------------------------------------------------------------ multi-year indicators

    private void indicators(Span body, List<NumberMention> all) {
        Matcher since = SINCE_YEAR.matcher(body.text());
        Integer sinceYear = since.find() ? Integer.valueOf(since.group(1)) : null;
        for (Span s : body.sentences()) {
            for (NumberMention n : NumberReader.find(s.text())) {
                if (Numbers.notAFigure(s.text(), n) != null) {
                    continue;
                }
                Matcher q = QUALIFIER.matcher(s.text().substring(0, n.start()));
                String qualifier = q.find() ? Numbers.lower(q.group(1)) : "";
                indicators.add(new Indicator(n.value(), qualifier, sinceYear, null, what(s.text(), n), s.text(),
                        s.start() + n.start(), s.start() + n.end()));
            }
        }
    }

    private boolean tableCell(Span body) {
        Matcher m = TABLE_CELL.matcher(body.text());
        if (!m.matches()) {
            return false;
        }
        if (tableLabel == null) {
            unused.add(new UnusedLine(-1, body.text(), "a number alone on its line, with no label", body.start(),
                    body.end()));
            return true;
        }
        indicators.add(new Indicator(Long.parseLong(m.group(1)), "", null,
                m.group(2) != null ? Integer.valueOf(m.group(2)) : null, tableLabel,
                tableLabel + ": " + body.text().strip(), body.start() + m.start(1), body.start() + m.end(1)));
        return true;
    }

    /** The words after a number up to the next punctuation, at most eight: "court cases", "incidents where...". */
    private static String what(String sentence, NumberMention n) {
        String rest = sentence.substring(n.end()).strip();
        int stop = rest.length();
        for (String mark : new String[] {",", ".", ";", ":", " and ", " и "}) {
            int i = rest.indexOf(mark);
            if (i >= 0 && i < stop) {
                stop = i;
            }
        }
        String[] words = rest.substring(0, stop).strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
    }

    // ------------------------------------------------------------------ paragraphs

    private boolean startsWithFigure(Span body) {
        Matcher filler = FILLER.matcher(body.text());
        int at = filler.lookingAt() ? filler.end() : 0;
        for (NumberMention n : NumberReader.find(body.text())) {
            if (n.start() == at) {
                return Numbers.notAFigure(body.text(), n) == null;
            }
            if (n.start() > at) {
                break;
            }
        }
        return false;
    }

    private static boolean isHeading(String p) {
        String t = p.strip();
        if (t.endsWith(":")) {
            return true;
        }
        int words = t.split("\\s+").length;
        char last = t.charAt(t.length() - 1);
        return words <= 14 && ".!?…\"»”'".indexOf(last) < 0;
    }

    private boolean isDateLine(Span p) {
        return DATE_LINE.matcher(p.text()).matches();
    }

    private void closeItem() {
        if (openItem == null) {
            return;
        }
        narrative.add(items.read(openItem, openLead, month.month(), openListedUnder));
        openItem = null;
        openLead = null;
    }
}
