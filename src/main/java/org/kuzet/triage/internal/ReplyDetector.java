package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import org.kuzet.matching.Cue;
import org.kuzet.matching.CueBook;
import org.kuzet.matching.CueHit;
import org.kuzet.matching.Tokens;

/**
 * Recognises a state body's reply to allegations (seed 000): an official speaks, and the wording denies or
 * rebuts ("misled", "no one is persecuted", "manipulation", "refrain from premature conclusions", "не соответствует
 * действительности", "шындыққа сәйкес келмейді"). Such an article is proposed as an official reply beside the
 * incidents it concerns, never as a violation. Both signals are needed: officials also speak about threats against
 * journalists without denying anything (seed 003), and NGOs deny things too.
 */
public final class ReplyDetector {

    private static final CueBook OFFICIAL = CueBook.ofCues(cues("official", new String[] {
        "minister", "ministry", "deputy prime minister", "akim", "akimat", "press service", "spokesperson",
        "spokesman", "government", "official facebook", "prosecutor general", "state body", "officials in",
        "министр", "министерств", "аким", "пресс-служб", "правительств", "прокуратур", "госорган", "ведомств",
        "министрі", "министрлі", "әкім", "баспасөз қызмет", "үкімет", "мемлекеттік орган"}));
    private static final CueBook DENIAL = CueBook.ofCues(cues("denial", new String[] {
        "misled", "mislead", "manipulat", "no one in", "no one is", "not being persecuted", "not persecuted",
        "unverified", "premature conclusions", "does not correspond", "do not correspond", "untrue", "groundless",
        "refute", "rebut", "fail to reflect", "distorted perceptions", "not about", "rule of law", "deliberately amplified",
        "введен в заблуждение", "ввели в заблуждение", "заблуждени", "манипуляц", "никто не преследу", "не преследу",
        "опроверг", "непроверенн", "преждевременн вывод", "не соответству", "не имеет отношения", "беспочвенн",
        "жаңылыстыр", "жоққа шығар", "шындыққа сәйкес келмейді", "ешкім қудаланбайды", "тексерілмеген",
        "асығыс қорытынды", "негізсіз"}));

    private ReplyDetector() {
    }

    record Verdict(boolean reply, double score, List<String> why) {
    }

    static Verdict judge(String text) {
        List<String> tokens = Tokens.of(text);
        List<CueHit> official = OFFICIAL.find(tokens);
        List<CueHit> denial = DENIAL.find(tokens);
        long distinctDenials = denial.stream().map(h -> h.cue().text()).distinct().count();
        double perThousandWords = 1000.0 * denial.size() / Math.max(200, tokens.size());
        double score = Math.min(1.0, (official.isEmpty() ? 0 : 0.3) + 0.1 * distinctDenials + 0.05 * perThousandWords);
        boolean reply = !official.isEmpty() && distinctDenials >= 3;
        List<String> why = new ArrayList<>();
        official.stream().map(h -> "official: '" + h.cue().text() + "'").distinct().limit(3).forEach(why::add);
        denial.stream().map(h -> "denial: '" + h.cue().text() + "'").distinct().limit(6).forEach(why::add);
        return new Verdict(reply, score, List.copyOf(why));
    }

    private static List<Cue> cues(String kind, String[] texts) {
        List<Cue> cues = new ArrayList<>();
        for (String text : texts) {
            cues.add(Cue.of(kind, "", "any", text));
        }
        return cues;
    }
}
