package org.kuzet.archive;

import java.util.List;
import org.kuzet.calendar.PartialDate;

/**
 * A dated or placed paragraph of a report ("March 15: ...", "Kostanay: ..."): a draft incident whose source is the
 * report, or a context event (a law, a draft, a statement) that is shown but never counted.
 *
 * @param place the gazetteer code of the first place named, or null
 * @param places every place named in the lead ("Atyrau and Astana")
 * @param category the probable category by the cue words or the heading it is listed under; "context" for
 *     context items; null when nothing points to one
 * @param contextKind for context items, the kind of context event (law, draft_order, official_statement...)
 */
public record NarrativeItem(PartialDate date, String place, List<String> places, List<String> outlets,
                            List<String> people, String category, boolean context, String contextKind, String text,
                            int start, int end) {

    /** A short title: the first sentence, cut to 160 characters. */
    public String title() {
        String body = text.split("\n", 2)[0].replaceFirst("^[-–—•*]\\s*", "")
                .replaceFirst("^[^:]{1,40}:\\s+", "");
        int stop = -1;
        for (int i = 20; i < body.length(); i++) {
            char c = body.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == body.length() || body.charAt(i + 1) == ' ')) {
                stop = i;
                break;
            }
        }
        String first = stop > 0 ? body.substring(0, stop) : body;
        return first.length() <= 160 ? first : first.substring(0, 157).strip() + "...";
    }
}
