package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import org.kuzet.report.Rendition;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes a report of any period from the database as it is now: its figures and its text in each language. */
@Service
public class Reports {

    private static final Map<Lang, Wording> WORDINGS = new EnumMap<>(Map.of(
            Lang.EN, new English(), Lang.RU, new Russian(), Lang.KK, new Kazakh()));

    private final Counting counting;
    private final NarrativeQuery narrative;
    private final Labels labels;

    Reports(Counting counting, NarrativeQuery narrative, Labels labels) {
        this.counting = counting;
        this.narrative = narrative;
        this.labels = labels;
    }

    public Figures figures(Period period) {
        return counting.figures(period);
    }

    /** The report in one language; counted and read in one transaction so the text matches the figures. */
    @Transactional(readOnly = true)
    public Rendition generate(Period period, Lang lang) {
        Figures figures = counting.figures(period);
        return new Rendition(figures, markdown(figures, period, lang));
    }

    /** All three languages over one snapshot of the data (for publishing). */
    @Transactional(readOnly = true)
    public Map<Lang, Rendition> generateAll(Period period) {
        Figures figures = counting.figures(period);
        Map<Lang, Rendition> all = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            all.put(lang, new Rendition(figures, markdown(figures, period, lang)));
        }
        return all;
    }

    private String markdown(Figures figures, Period period, Lang lang) {
        return new MarkdownWriter(WORDINGS.get(lang), labels.in(lang)).write(figures, narrative.of(period, lang));
    }

    public static Wording wording(Lang lang) {
        return WORDINGS.get(lang);
    }

    /** A report's figures and its Markdown text in one language. */
    public record Rendition(Figures figures, String markdown) {
    }
}
