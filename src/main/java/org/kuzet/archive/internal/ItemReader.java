package org.kuzet.archive.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.archive.NarrativeItem;
import org.kuzet.calendar.PartialDate;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.Months;
import org.kuzet.matching.PlaceMatcher;
import org.kuzet.matching.PlaceMention;

/**
 * Reads a narrative item: its lead ("March 15:", "On August 14,", "15 марта:", "Kostanay:", "Atyrau and Astana:"),
 * the places, outlets and people it names, its probable category, and whether it is context (a law, a draft, an
 * official's statement) rather than an incident.
 */
final class ItemReader {

    /** What starts an item: a date or places, and where the lead ends. */
    record Lead(PartialDate date, List<String> places, int length) {
    }

    private static final Pattern DATE_LEAD = Pattern.compile("(?iuU)^(?:on\\s+)?(?:(" + Months.WORD
            + ")\\s+(\\d{1,2})|(\\d{1,2})\\s+(" + Months.WORD + "))(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?\\s*[:,.–—-]");
    private static final Pattern PLACE_LEAD = Pattern.compile("^([\\p{Lu}][^:.;!?]{1,60}?)\\s*[:–—]\\s");
    private static final Pattern QUOTED = Pattern.compile("[«\"“„]([^«»\"“”„]{2,60})[»\"”“]");
    private static final Pattern ANY_QUOTE = Pattern.compile("[«\"“„][^«»\"“”„]{1,600}[»\"”“]");
    /** People are told from capitalised phrases ("Operational Press Center") by a surname's ending. */
    private static final Pattern SURNAME = Pattern.compile("(?:ov|ev|ova|eva|yev|yeva|in|ina|uly|kyzy|qyzy|ko"
            + "|sky|skiy|skaya|ich|bek|yan|dze|shvili|uk|yuk|oy|oi|ов|ев|ова|ева|ин|ина|ұлы|улы|қызы|кызы|ко"
            + "|ский|ская|ич|бек|ой)$");
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\b[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?(?:\\s+[\\p{Lu}][\\p{Ll}]+(?:-[\\p{Lu}][\\p{Ll}]+)?)+");
    private static final Set<String> NOT_NAMES = Set.of("president", "minister", "ministry", "judge", "presiding",
            "head", "deputies", "deputy", "military", "court", "foundation", "agency", "region", "code", "republic",
            "kazakhstan", "council", "culture", "information", "health", "justice", "development", "social",
            "national", "international", "state", "city", "media", "the", "a", "an", "on", "in", "of", "and",
            "expert", "businessman", "journalist", "journalists", "also", "according", "adil", "soz", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "january",
            "february", "kurultai", "meeting", "third", "unified", "register", "internet", "facebook", "telegram",
            "instagram", "youtube", "russian", "federation", "criminal", "administrative", "civil", "procedure",
            "executive", "rules", "mass", "peaceful", "assemblies", "panel", "measurement", "akimat", "maslikhat",
            "majilis", "mazhilis", "senate", "parliament", "government", "office", "prosecutor", "police",
            "department", "service", "monitoring", "president's", "министр", "президент", "суд", "судья", "фонд",
            "министерство", "глава", "депутаты", "мажилис", "республики", "казахстан", "казахстана", "кодекса",
            "в", "на", "по", "и", "о", "с", "также", "эксперт", "журналист", "журналистка", "редакция", "акимат",
            "маслихат", "сенат", "правительство", "полиция", "прокуратура", "департамент");
    private static final Pattern CONTEXT_MARKERS = Pattern.compile("(?iuU)\\b(?:president|ministers?|ministry|deputies"
            + "|majilis|mazhilis|senate|parliament|government|bill|decree|kurultai|draft|will be created"
            + "|is planned|approved the rules|adopted|signed the law|президент\\w*|министр\\w*|депутат\\w*"
            + "|мажилис\\w*|сенат\\w*|парламент\\w*|правительств\\w*|законопроект\\w*|проект\\w*|указ\\w*"
            + "|будет создан\\w*|планиру\\w*|утвердил\\w* правила|мәжіліс\\w*|үкімет\\w*)\\b");

    private final CueBook cues;
    private final PlaceMatcher placeNames;

    ItemReader(CueBook cues, PlaceMatcher placeNames) {
        this.cues = cues;
        this.placeNames = placeNames;
    }

    /** The lead of an item at the start of this text, or null when the text starts no item. */
    Lead lead(String body, YearMonth reportMonth) {
        Matcher d = DATE_LEAD.matcher(body);
        if (d.find()) {
            String monthWord = d.group(1) != null ? d.group(1) : d.group(4);
            int day = Integer.parseInt(d.group(2) != null ? d.group(2) : d.group(3));
            int month = Months.number(monthWord);
            int year = d.group(5) != null ? Integer.parseInt(d.group(5))
                    : reportMonth != null ? reportMonth.getYear() : 0;
            if (month > 0 && year > 0 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
                if (d.group(5) == null && reportMonth != null && month > reportMonth.getMonthValue() + 1) {
                    year--; // a December event told in a January report
                }
                return new Lead(new PartialDate(LocalDate.of(year, month, day), PartialDate.Precision.DAY),
                        List.of(), d.end());
            }
        }
        Matcher p = PLACE_LEAD.matcher(body);
        if (p.find()) {
            List<String> places = new ArrayList<>();
            for (String part : p.group(1).split("\\s*(?:,|\\band\\b|\\bи\\b|\\bжәне\\b)\\s*")) {
                if (part.isBlank()) {
                    continue;
                }
                var code = placeNames.code(part.strip());
                if (code.isEmpty()) {
                    return null;
                }
                places.add(code.get());
            }
            if (!places.isEmpty()) {
                return new Lead(null, places, p.end());
            }
        }
        return null;
    }

    NarrativeItem read(Span span, Lead lead, YearMonth reportMonth, String listedUnder) {
        String text = span.text();
        List<String> places = new ArrayList<>(lead != null ? lead.places() : List.of());
        if (places.isEmpty()) {
            for (PlaceMention f : placeNames.find(text)) {
                if (!places.contains(f.code()) && !f.code().equals("kz")) {
                    places.add(f.code());
                }
            }
        }
        PartialDate date = lead != null && lead.date() != null ? lead.date()
                : reportMonth != null ? new PartialDate(reportMonth.atDay(1), PartialDate.Precision.MONTH) : null;
        String first = firstSentence(text.substring(lead != null ? lead.length() : 0));
        boolean context = listedUnder == null && isContext(first);
        String category = context ? "context"
                : listedUnder != null ? listedUnder
                : cues.category(text, code -> !code.equals("context")).orElse(null);
        return new NarrativeItem(date, places.isEmpty() ? null : places.get(0), List.copyOf(places), outlets(text),
                people(text), category, context, context ? contextKind(first) : null, text, span.start(), span.end());
    }

    /** A law, a draft, an official's statement: an official acts, and no violation is named in the same breath. */
    boolean isContext(String firstSentence) {
        if (cues.matches(firstSentence, "context")) {
            return true;
        }
        if (!CONTEXT_MARKERS.matcher(firstSentence).find()) {
            return false;
        }
        return cues.category(firstSentence, code -> !code.equals("context")).isEmpty();
    }

    static String contextKind(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("reading") || t.contains("чтени") || t.contains("оқылым")) {
            return "parliament_reading";
        }
        if (t.contains("draft order") || t.contains("проект приказа")) {
            return "draft_order";
        }
        if (t.contains("draft law") || t.contains("bill") || t.contains("законопроект") || t.contains("заң жобасы")) {
            return "draft_law";
        }
        if (t.contains("rules") || t.contains("order") || t.contains("правил") || t.contains("приказ")) {
            return "regulation";
        }
        if (t.matches("(?sU).*\\b(law|закон)\\b.*")) {
            return "law";
        }
        if (t.contains("president") || t.contains("minister") || t.contains("ministry") || t.contains("президент")
                || t.contains("министр") || t.contains("said") || t.contains("заявил")) {
            return "official_statement";
        }
        return "other";
    }

    static List<String> outlets(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            int words = name.split("\\s+").length;
            if (!name.isEmpty() && words <= 3 && Character.isUpperCase(name.charAt(0)) && !name.matches("(?iu)^(on|об?)\\s.*")
                    && !name.matches(".*[.,!?;:].*")) {
                out.add(name);
            }
        }
        return List.copyOf(out);
    }

    static List<String> people(String text) {
        String withoutQuotes = ANY_QUOTE.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CAPITALISED.matcher(withoutQuotes);
        while (m.find()) {
            List<String> run = new ArrayList<>();
            for (String w : m.group().split("\\s+")) {
                if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                    addName(out, run);
                    run.clear();
                } else {
                    run.add(w);
                }
            }
            addName(out, run);
        }
        return List.copyOf(out);
    }

    private static void addName(Set<String> out, List<String> run) {
        if (run.size() >= 2 && run.size() <= 3 && run.stream().anyMatch(w -> SURNAME.matcher(w).find())) {
            out.add(String.join(" ", run));
        }
    }

    private static String firstSentence(String text) {
        List<Span> sentences = new Span(0, text.length(), text.replaceFirst("^[-–—•*]\\s*", "")).sentences();
        return sentences.isEmpty() ? text : sentences.get(0).text();
    }
}
