package org.kuzet.report;

import org.kuzet.report.internal.Formats;

/**
 * A page of the public site printed as a PDF with the reports' own machinery: PDF/A-3u, DejaVu Sans embedded (so
 * every Cyrillic and Kazakh letter prints), the title, subject, keywords and language in its metadata. The portal
 * prints incidents and legal cases through it, so that every printed page of Kuzet is made one way.
 */
public final class PrintedPage {

    private PrintedPage() {
    }

    /**
     * @param html     a whole HTML document; its style should name the font family "DejaVu Sans"
     * @param keywords what the file is, for machines ("record=incident/12; revision=3; lang=ru")
     * @param lang     en, ru or kk
     */
    public static byte[] pdf(String html, String title, String subject, String keywords, String lang) {
        return Formats.printedPage(html, title, subject, keywords, Lang.of(lang));
    }
}
