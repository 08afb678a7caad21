package org.kuzet.triage.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kuzet.matching.Keys;
import org.kuzet.matching.Tokens;
import org.kuzet.spelling.Spelling;
import org.kuzet.triage.Fact;

/**
 * Finds who is named: outlets (a shipped list, matched by spelling key, and web domains), state bodies
 * (ministries, courts, police, prosecutors, akimats, the KNB, parliament, in three languages) and persons (two or
 * three capitalised words of which one has a surname ending, or that follow a role such as "lawyer" or
 * "журналист"). Names are matched in any script; the value of a name is its spelling key, which is how actors'
 * aliases are keyed.
 */
public final class Names {

    private static final Pattern DOMAIN = Pattern.compile("\\b[A-Z][A-Za-z0-9-]+\\.(?:kz|media|ru|com|org|info)\\b");
    private static final Pattern STATE_BODY = Pattern.compile(
            "(?u)(?<![\\p{L}\\d])(?:(?:the\\s+)?Ministry of (?:[A-Z][a-z]+)(?:(?:,| and)? [A-Z][a-z]+)*"
            + "|National Security Committee|KNB|Prosecutor General's Office|(?:[A-Z][a-z]+ )?[Pp]rosecutor's [Oo]ffice"
            + "|Anti-[Cc]orruption (?:Agency|Service)|(?:[A-Z][a-z-]+ ){0,3}(?:District|Interdistrict|City|Regional|Supreme|Appeal|Administrative) [A-Za-z ]{0,20}?Court"
            + "|Supreme Court|Constitutional Court|Mazhilis|Majilis|Senate|[Pp]olice(?: [Dd]epartment)?|[Aa]kimat|Government of Kazakhstan"
            + "|Министерств[оаеу] (?:иностранных дел|внутренних дел|культуры и информации|информации и общественного развития|цифрового развития|юстиции|здравоохранения|просвещения|науки и высшего образования|[а-яё]+)|МИД(?: РК)?|КНБ|Комитет национальной безопасности|Генеральн\\p{L}+ прокуратур\\p{L}+|[Пп]рокуратур\\p{L}*"
            + "|[Аа]кимат\\p{L}*|[Пп]олици\\p{L}+|Мажилис\\p{L}*|Сенат\\p{L}*|Антикоррупционн\\p{L}+ служб\\p{L}+|(?:[А-ЯЁ][а-яё]+ )?(?:районн|городск|областн|межрайонн|специализированн|Верховн)\\p{L}+ (?:[а-яё]+ )?суд\\p{L}*"
            + "|[А-ЯӘҒҚҢӨҰҮҺІа-яәғқңөұүһі]+ министрлігі\\p{L}*|ҰҚК|Ұлттық қауіпсіздік комитеті\\p{L}*|[Пп]рокуратура\\p{L}*|[А-ЯӘҒҚҢӨҰҮҺІ][а-яәғқңөұүһі]+ әкімдігі\\p{L}*|[Әә]кімдік\\p{L}*|Мәжіліс\\p{L}*|СІМ)");
    private static final List<String> SURNAME_ENDINGS = List.of("ov", "ova", "ev", "eva", "in", "ina", "uly",
            "kyzy", "ko", "sky", "skaya", "yan", "ов", "ова", "ев", "ева", "ин", "ина", "ұлы", "қызы", "ко", "ский",
            "ская", "ян");
    private static final Set<String> ROLES = Set.of("journalist", "journalists", "editor", "editor-in-chief", "lawyer",
            "blogger", "activist", "minister", "judge", "deputy", "founder", "director", "correspondent", "reporter",
            "author", "head", "akim", "photographer", "журналист", "журналистка", "журналиста", "редактор", "адвокат",
            "блогер", "активист", "министр", "судья", "депутат", "корреспондент", "аким", "тілші", "журналисі",
            "әкім", "белсенді");
    private static final Set<String> NOT_NAMES = Set.of("the", "in", "on", "at", "kazakhstan", "republic", "ministry",
            "minister", "court", "region", "national", "security", "committee", "president", "deputy", "prime",
            "culture", "information", "foreign", "affairs", "law", "mass", "media", "human", "rights", "watch",
            "osce", "conference", "judge", "lawyer", "editor", "journalist", "head", "director", "author", "судья",
            "адвокат", "журналист", "редактор", "center", "centre", "state", "legal", "original", "read", "latest", "news",
            "казахстан", "республики", "министр", "министерство", "суд", "область", "области", "қазақстан");

    private static volatile Map<String, String> outlets;

    private Names() {
    }

    static List<Fact> outlets(String text, List<Words.Word> words) {
        Map<String, String> known = knownOutlets();
        List<Fact> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 3; n >= 1; n--) {
                if (i + n > words.size()) {
                    continue;
                }
                Words.Word first = words.get(i);
                Words.Word last = words.get(i + n - 1);
                if (!first.capitalised()) {
                    break;
                }
                String written = text.substring(first.start(), last.end());
                String outlet = known.get(Keys.of(written));
                if (outlet != null) {
                    found.add(new Fact(Fact.Kind.OUTLET, written, first.start(), last.end(), Keys.of(outlet)));
                    i += n - 1;
                    break;
                }
            }
        }
        Matcher domain = DOMAIN.matcher(text);
        while (domain.find()) {
            int start = domain.start();
            int end = domain.end();
            if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
                found.add(new Fact(Fact.Kind.OUTLET, domain.group(), start, end, Spelling.key(domain.group())));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Fact::start));
        return found;
    }

    static List<Fact> stateBodies(String text) {
        List<Fact> found = new ArrayList<>();
        Matcher m = STATE_BODY.matcher(text);
        while (m.find()) {
            String written = m.group().strip();
            if (written.startsWith("the ")) {
                written = written.substring(4);
            }
            int start = m.end() - written.length();
            found.add(new Fact(Fact.Kind.STATE_BODY, written, start, m.end(), Spelling.key(written)));
        }
        return found;
    }

    /** Persons: not places, outlets or state bodies, which the caller passes as already taken. */
    static List<Fact> persons(String text, List<Words.Word> words, List<Fact> taken) {
        List<Fact> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int n = 0;
            while (i + n < words.size() && n < 3 && isNamePart(words.get(i + n), taken)
                    && (n == 0 || adjacent(text, words.get(i + n - 1), words.get(i + n)))) {
                n++;
            }
            if (n >= 2) {
                List<Words.Word> name = words.subList(i, i + n);
                boolean surname = name.stream().anyMatch(w -> hasSurnameEnding(w.text()));
                boolean afterRole = i > 0 && ROLES.contains(words.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
                if (surname || afterRole) {
                    int start = name.getFirst().start();
                    int end = name.getLast().end();
                    found.add(new Fact(Fact.Kind.PERSON, text.substring(start, end), start, end,
                            Spelling.key(text.substring(start, end))));
                }
                i += n;
            } else {
                i++;
            }
        }
        return found;
    }

    private static boolean hasSurnameEnding(String word) {
        String lower = Tokens.lower(word);
        for (String ending : SURNAME_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(Words.Word word, List<Fact> taken) {
        String w = word.text();
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && !w.chars().allMatch(Character::isUpperCase)
                && w.chars().skip(1).allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !NOT_NAMES.contains(w.toLowerCase(java.util.Locale.ROOT))
                && taken.stream().noneMatch(f -> f.start() <= word.start() && word.end() <= f.end());
    }

    /** Words of one name are separated by a space only, not by a comma or a full stop. */
    private static boolean adjacent(String text, Words.Word before, Words.Word after) {
        String between = text.substring(before.end(), after.start());
        return between.isBlank() && between.indexOf('\n') < 0;
    }

    private static Map<String, String> knownOutlets() {
        if (outlets == null) {
            Map<String, String> map = new HashMap<>();
            try (InputStream in = Names.class.getResourceAsStream("/triage/outlets.txt")) {
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] spellings = line.split("\\|");
                    for (String spelling : spellings) {
                        map.putIfAbsent(Spelling.key(spelling.strip()), spellings[0].strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            outlets = map;
        }
        return outlets;
    }
}
