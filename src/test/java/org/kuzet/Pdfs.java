package org.kuzet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;

/** PDFs Kuzet wrote, read back: their text (PDFBox) and the PDF/A rules they break (veraPDF). */
public final class Pdfs {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfs() {
    }

    /** The text, its lines joined by single spaces. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // NFKC: a ligature the renderer used (ﬁ) reads back as the letters it joins
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules of the file's own PDF/A flavour (which must be a PDF/A-3 one) that it breaks, as veraPDF says. */
    public static List<String> pdfaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            if (!parser.getFlavour().toString().contains("3")) {
                return List.of("not PDF/A-3: " + parser.getFlavour());
            }
            PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false);
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
