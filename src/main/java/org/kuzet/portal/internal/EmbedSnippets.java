package org.kuzet.portal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kuzet.core.Languages;
import org.kuzet.portal.PublicListFilter;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The "embed this" code the list and the charts offer: an iframe of an {@code /embed/...} page with the visitor's
 * filter and language, ready to paste into another site's page.
 */
public final class EmbedSnippets {

    /** One piece of code to copy, with what it shows (public for the templates' expressions). */
    public record Snippet(String id, String label, String code) {
    }

    private EmbedSnippets() {
    }

    /** The list's: its count and its latest incidents. */
    static List<Snippet> forList(PublicListFilter filter, MessageSource messages, Locale locale) {
        return List.of(snippet("count", "embed.count", 170, filter, messages, locale),
                snippet("latest", "embed.latest", 460, filter, messages, locale));
    }

    /** The charts': each chart that can be embedded, and the count. */
    static List<Snippet> forCharts(PublicListFilter filter, MessageSource messages, Locale locale) {
        List<Snippet> snippets = new ArrayList<>();
        for (String chart : List.of("months", "years", "categories", "perpetrators")) {
            snippets.add(snippet("chart/" + chart, EmbedPages.CHARTS.get(chart)[1], 480, filter, messages, locale));
        }
        snippets.add(snippet("count", "embed.count", 170, filter, messages, locale));
        return snippets;
    }

    private static Snippet snippet(String path, String labelKey, int height, PublicListFilter filter,
            MessageSource messages, Locale locale) {
        String query = filter.queryString();
        String src = base() + "/embed/" + path + "?" + (query.isEmpty() ? "" : query + "&") + "lang="
                + Languages.of(locale);
        String label = messages.getMessage(labelKey, null, locale);
        String title = messages.getMessage("app.name", null, locale) + ": " + label;
        String code = "<iframe src=\"" + HtmlUtils.htmlEscape(src) + "\" title=\"" + HtmlUtils.htmlEscape(title)
                + "\" width=\"100%\" height=\"" + height + "\" loading=\"lazy\" style=\"border:0\"></iframe>";
        return new Snippet("embed-" + path.replace('/', '-'), label, code);
    }

    /** This site's address as the visitor reached it. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
