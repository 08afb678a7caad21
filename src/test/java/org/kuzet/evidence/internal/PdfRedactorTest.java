package org.kuzet.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.Pdfs;
import org.kuzet.evidence.Region;

/**
 * Text is removed from a PDF, not covered: the copy is read back with PDFBox and with poppler's pdftotext, and its
 * content streams are searched byte by byte; what was not to be removed is still there. The fixtures are letters of
 * this test's own (a court notice with a witness's name and address), in a simple font and in an embedded Cyrillic
 * one (two-byte glyph codes).
 */
class PdfRedactorTest {

    /** Lines at 72 pt from the left, 100 and 130 pt from the top of an A4 page. */
    private static final float LEFT = 72;
    private static final float FIRST = 100;
    private static final float SECOND = 130;

    @TempDir
    Path dir;

    @Test
    void aWordIsTakenOutOfTheTextAndTheRestStays() throws Exception {
        byte[] pdf = letter(false, "Witness: Serik Nurlanov, Uralsk, Dostyk street 12",
                "The hearing of 5 March was closed to journalists.");
        PdfRedactor.Result result = PdfRedactor.redact(pdf, List.of(), List.of("Nurlanov", "Dostyk street 12"));

        assertThat(result.notFound()).isEmpty();
        for (String text : List.of(Pdfs.text(result.pdf()), pdftotext(result.pdf()))) {
            assertThat(text).doesNotContain("Nurlanov").doesNotContain("Dostyk")
                    .contains("Witness: Serik", "Uralsk", "The hearing of 5 March was closed to journalists.");
        }
        assertThat(contentStreams(result.pdf())).doesNotContain("Nurlanov").doesNotContain("Dostyk")
                .contains("Serik");
    }

    @Test
    void aRegionTakesOutTheLineInItAndLeavesTheOthers() throws Exception {
        byte[] pdf = letter(false, "Correspondent: Aigerim K., phone +7 701 555 01 02",
                "Police detained the cameraman after the broadcast.");
        // the first line's glyphs stand between 88 and 103 pt from the top (12 pt letters on a baseline at 100)
        Region firstLine = new Region(1, LEFT - 2, FIRST - 14, 400, 16);
        byte[] redacted = PdfRedactor.redact(pdf, List.of(firstLine), List.of()).pdf();

        for (String text : List.of(Pdfs.text(redacted), pdftotext(redacted))) {
            assertThat(text).doesNotContain("Aigerim").doesNotContain("555")
                    .contains("Police detained the cameraman after the broadcast.");
        }
        assertThat(contentStreams(redacted)).doesNotContain("Aigerim").doesNotContain("701");
    }

    @Test
    void cyrillicTextInAnEmbeddedFontIsRemovedToo() throws Exception {
        byte[] pdf = letter(true, "Свидетель: Ерлан Сапаров, Орал қаласы",
                "Сот отырысы журналистерге жабық болды.");
        byte[] redacted = PdfRedactor.redact(pdf, List.of(), List.of("Сапаров")).pdf();

        for (String text : List.of(Pdfs.text(redacted), pdftotext(redacted))) {
            assertThat(text).doesNotContain("Сапаров").contains("Свидетель: Ерлан", "Орал қаласы",
                    "Сот отырысы журналистерге жабық болды.");
        }
    }

    @Test
    void aPageWithAPictureUnderARegionBecomesAPictureWithTheRegionBlack() throws Exception {
        // a scan: the words are pixels of the picture, not text; a region over it must black the pixels out
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage scan = new java.awt.image.BufferedImage(400, 200,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = scan.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 400, 200);
            g.dispose();
            var picture = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, scan);
            float top = page.getCropBox().getUpperRightY();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(picture, LEFT, top - 300, 400, 200);
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(LEFT, top - 320);
                cs.showText("Caption: scan of the summons");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        // the region lies on the white picture, 100 pt from the top of the page
        byte[] redacted = PdfRedactor.redact(pdf, List.of(new Region(1, LEFT + 50, 150, 100, 40)), List.of()).pdf();

        assertThat(Pdfs.text(redacted)).as("the flattened page keeps no text").doesNotContain("Caption");
        try (PDDocument doc = Loader.loadPDF(redacted)) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImage(0, 1);
            assertThat(page.getRGB((int) LEFT + 100, 170) & 0xffffff).as("inside the region").isLessThan(0x202020);
            assertThat(page.getRGB((int) LEFT + 300, 170) & 0xffffff).as("the picture beside it")
                    .isGreaterThan(0xe0e0e0);
        }
    }

    @Test
    void theDocumentsMetadataDoesNotGoWithTheCopy() throws Exception {
        byte[] pdf = letter(false, "Witness: Serik Nurlanov", "Second line.");
        byte[] redacted = PdfRedactor.redact(pdf, List.of(), List.of("Nurlanov")).pdf();
        try (PDDocument doc = Loader.loadPDF(redacted)) {
            assertThat(doc.getDocumentInformation().getTitle()).isNull();
            assertThat(doc.getDocumentInformation().getAuthor()).isNull();
        }
        assertThat(new String(redacted, StandardCharsets.ISO_8859_1)).doesNotContain("Nurlanov");
    }

    @Test
    void aWordNotInTheTextIsNamedAndAPasswordlessReadIsRefusedForGarbage() throws Exception {
        byte[] pdf = letter(false, "Witness: Serik Nurlanov", "Second line.");
        assertThat(PdfRedactor.redact(pdf, List.of(), List.of("Nurlanov", "Tokayev")).notFound())
                .containsExactly("Tokayev");
        assertThatThrownBy(() -> PdfRedactor.pages("not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PdfRedactor.Refused.class);
    }

    /**
     * A one-page letter with two lines of 12 pt text (in DejaVu Sans, embedded, for Cyrillic), and a title and
     * author that name the witness.
     */
    private static byte[] letter(boolean cyrillic, String first, String second) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont font = cyrillic ? PDType0Font.load(doc, PdfRedactorTest.class.getResourceAsStream(
                    "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) : new PDType1Font(
                    Standard14Fonts.FontName.HELVETICA);
            float top = page.getCropBox().getUpperRightY();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (String[] line : new String[][] {{first, Float.toString(FIRST)}, {second, Float.toString(SECOND)}}) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(LEFT, top - Float.parseFloat(line[1]));
                    cs.showText(line[0]);
                    cs.endText();
                }
            }
            doc.getDocumentInformation().setTitle("Statement of Serik Nurlanov");
            doc.getDocumentInformation().setAuthor("Nurlanov");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Every stream of the file decoded, as Latin-1 text: a simple font's glyph codes are its letters. */
    private static String contentStreams(byte[] pdf) throws IOException {
        StringBuilder all = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                try (InputStream in = page.getContents()) {
                    all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                }
            }
            for (var key : doc.getDocument().getXrefTable().keySet()) {
                COSBase object = doc.getDocument().getObjectFromPool(key).getObject();
                if (object instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        all.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
                    } catch (IOException e) {
                        // a stream in a filter PDFBox cannot decode holds no text of ours
                    }
                }
            }
        }
        return all.toString();
    }

    private String pdftotext(byte[] pdf) throws Exception {
        Path file = Files.write(dir.resolve("copy.pdf"), pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return text.replaceAll("\\s+", " ");
    }
}
