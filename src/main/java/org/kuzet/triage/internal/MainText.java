package org.kuzet.triage.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The title and main text of a web page: scripts, navigation, headers, footers, asides and forms removed, then the
 * {@code <article>} (or the element whose own paragraphs hold the most text), read paragraph by paragraph, one a line.
 */
public final class MainText {

    public record Page(String title, String text) {
    }

    private MainText() {
    }

    public static Page of(String html, String baseUrl) {
        Document document = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        document.select("script, style, noscript, nav, header, footer, aside, form, iframe, [role=navigation], .comments, .share, .related").remove();
        String title = document.title();
        Element h1 = document.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text();
        }
        Element main = document.selectFirst("article");
        if (main == null) {
            main = richestInParagraphs(document);
        }
        List<String> lines = new ArrayList<>();
        for (Element block : main.select("h1, h2, h3, p, li, blockquote")) {
            String line = block.text().strip();
            if (!line.isEmpty() && (lines.isEmpty() || !lines.getLast().equals(line))) {
                lines.add(line);
            }
        }
        if (lines.isEmpty()) {
            lines.add(main.text());
        }
        return new Page(title.strip(), String.join("\n", lines));
    }

    private static Element richestInParagraphs(Document document) {
        Element best = document.body();
        int bestLength = 0;
        for (Element p : document.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.nameIs("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = parent;
            }
        }
        return best;
    }
}
