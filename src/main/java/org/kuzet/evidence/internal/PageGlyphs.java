package org.kuzet.evidence.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Every glyph a page shows, with its box (points from the page's top left, as shown) and the operator of the page's
 * own content that showed it: its index among the page's operators and its place among that operator's glyphs, so
 * the content can be written again without it. Glyphs shown from inside a form object are marked nested: they
 * cannot be taken out of the page's own content. PDFBox's text stripper is used for its interpretation of the text
 * operators only; it writes no text here.
 */
final class PageGlyphs extends PDFTextStripper {

    /** One glyph: where, what it says, and who showed it. */
    record Glyph(int operator, int ordinal, boolean nested, double x, double y, double width, double height,
            String text) {
    }

    private final List<Glyph> glyphs = new ArrayList<>();
    private final Map<Integer, TextRewrite.Style> styles = new HashMap<>();
    private PDRectangle crop;
    private int operator;
    private int ordinal;
    private int calls;
    private int nesting;

    PageGlyphs() {
        super();
    }

    /** The glyphs of page {@code n} (from 1), in the order the content shows them. */
    List<Glyph> read(PDDocument doc, int n, PDPage page) throws IOException {
        glyphs.clear();
        styles.clear();
        crop = page.getCropBox();
        operator = -1;
        ordinal = 0;
        calls = 0;
        nesting = 0;
        setStartPage(n);
        setEndPage(n);
        getText(doc);
        return List.copyOf(glyphs);
    }

    /** How the text operators of the last page read showed their glyphs, by operator index. */
    Map<Integer, TextRewrite.Style> styles() {
        return Map.copyOf(styles);
    }

    @Override
    protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
        if (calls == 0 && nesting == 0) {
            operator++;
            ordinal = 0;
        }
        calls++;
        try {
            super.processOperator(op, operands);
        } finally {
            calls--;
        }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        nesting++;
        try {
            super.showForm(form);
        } finally {
            nesting--;
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        nesting++;
        try {
            super.showTransparencyGroup(form);
        } finally {
            nesting--;
        }
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        if (nesting == 0) {
            PDTextState state = getGraphicsState().getTextState();
            styles.put(operator, new TextRewrite.Style(state.getFont(), state.getFontSize(),
                    state.getCharacterSpacing(), state.getWordSpacing()));
        }
        super.showText(string);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        double size = Math.abs(trm.getScalingFactorY());
        double advance = Math.abs(displacement.getX() * trm.getScalingFactorX());
        double x = trm.getTranslateX() - crop.getLowerLeftX();
        double baseline = crop.getUpperRightY() - trm.getTranslateY();
        String text = font.toUnicode(code);
        glyphs.add(new Glyph(operator, ordinal++, nesting > 0, x, baseline - size, Math.max(advance, size * 0.2),
                size * 1.25, text == null ? "\uFFFD" : text));
    }
}
