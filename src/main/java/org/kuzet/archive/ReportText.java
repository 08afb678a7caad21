package org.kuzet.archive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.kuzet.core.Sha256;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A report as text the extractor can read: HTML pages are turned into paragraphs (scripts, styles and
 * word-processor markup dropped), invisible characters removed, and lines broken in the middle of a sentence
 * joined again. The offsets of every figure refer to this text, which is also what the review page shows.
 *
 * @param text the mended text, paragraphs separated by blank lines
 * @param sha256 of the file's bytes as received: the same file imported twice is recognised by it
 */
public record ReportText(String text, String sha256) {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "ul", "ol", "section", "article", "header", "footer", "blockquote", "title",
            "dt", "dd", "hr");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060\\uFEFF]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F\\u2009\\u3000]+");
    private static final Set<String> CARRY_ON = Set.of("the", "a", "an", "of", "and", "in", "to", "for", "on", "by",
            "with", "from", "at", "or", "в", "и", "на", "по", "с", "к", "о", "об", "от", "для", "за", "из", "не");

    public static ReportText of(String fileName, byte[] bytes) {
        String raw = decode(bytes);
        String plain = looksLikeHtml(fileName, raw) ? htmlToText(raw) : markdown(fileName, raw);
        return new ReportText(mend(plain), Sha256.hex(bytes));
    }

    private static final Pattern MD_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern MD_ESCAPE = Pattern.compile("\\\\([\\\\`*_\\[\\]<>#|])");

    /** Markdown (Kuzet's own reports): heading marks and backslash escapes dropped, the words kept. */
    static String markdown(String fileName, String raw) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".markdown")) {
            return raw;
        }
        return MD_ESCAPE.matcher(MD_HEADING.matcher(raw).replaceAll("")).replaceAll("$1");
    }

    /**
     * UTF-8 when the bytes are valid UTF-8 (a byte-order mark is dropped); otherwise the page's declared charset,
     * else Windows-1251, in which older Russian pages were saved.
     */
    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            String ascii = new String(bytes, StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher declared = java.util.regex.Pattern.compile("(?i)charset=[\"']?([\\w-]+)")
                    .matcher(ascii.substring(0, Math.min(ascii.length(), 4000)));
            if (declared.find()) {
                try {
                    return new String(bytes, java.nio.charset.Charset.forName(declared.group(1)));
                } catch (IllegalArgumentException unknown) {
                    // fall through to Windows-1251
                }
            }
            return new String(bytes, java.nio.charset.Charset.forName("windows-1251"));
        }
    }

    static boolean looksLikeHtml(String fileName, String raw) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String head = raw.substring(0, Math.min(raw.length(), 2000)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<body") || head.contains("<!doctype html")
                || head.contains("<p>") || head.contains("<p ") || head.contains("<div");
    }

    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, head, template, svg, iframe, nav, form, button").remove();
        doc.select("o\\:p, xml, meta, link, header, footer, aside").remove();
        StringBuilder out = new StringBuilder();
        Element root = mainContent(doc);
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append(e.normalName().equals("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append("\n\n");
                }
            }
        });
        return out.toString();
    }

    /** A saved page carries menus and sidebars: read the article when the page marks one, else the whole body. */
    private static Element mainContent(Document doc) {
        Element body = doc.body() != null ? doc.body() : doc;
        for (String selector : new String[] {"article", "main", "[role=main]", ".entry-content", "#content"}) {
            Element candidate = doc.selectFirst(selector);
            if (candidate != null && candidate.text().length() > 200) {
                return candidate;
            }
        }
        return body;
    }

    /**
     * Normalises spaces and joins a line to the next when the break falls inside a sentence: the next line begins
     * in lower case, or this one ends with a word that cannot end a sentence ("of", "в").
     */
    static String mend(String raw) {
        String text = INVISIBLE.matcher(raw.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(SPACES.matcher(line).replaceAll(" ").strip());
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(paragraphs, current);
                continue;
            }
            if (current.isEmpty()) {
                current.append(line);
            } else if (continues(current, line)) {
                if (current.charAt(current.length() - 1) == '-' && Character.isLowerCase(line.charAt(0))
                        && current.length() > 1 && Character.isLetter(current.charAt(current.length() - 2))) {
                    current.setLength(current.length() - 1); // a word hyphenated across lines
                } else {
                    current.append(' ');
                }
                current.append(line);
            } else {
                flush(paragraphs, current);
                current.append(line);
            }
        }
        flush(paragraphs, current);
        return String.join("\n\n", paragraphs);
    }

    private static boolean continues(CharSequence before, String line) {
        char first = line.charAt(0);
        if (first == '-' || first == '•' || first == '–' || first == '—' || first == '*') {
            return false;
        }
        if (Character.isLowerCase(first)) {
            return true;
        }
        String b = before.toString();
        int space = b.lastIndexOf(' ');
        String lastWord = b.substring(space + 1).toLowerCase(Locale.ROOT);
        return CARRY_ON.contains(lastWord);
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
            current.setLength(0);
        }
    }
}
