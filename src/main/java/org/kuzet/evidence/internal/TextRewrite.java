package org.kuzet.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One text operator ({@code Tj}, {@code TJ}, {@code '}, {@code "}) written again without some of its glyphs: each
 * removed glyph becomes a {@code TJ} adjustment of its own advance, so the glyphs after it stay where they were.
 */
final class TextRewrite {

    /** The text state an operator showed its glyphs with. */
    record Style(PDFont font, float fontSize, float charSpacing, float wordSpacing) {
    }

    private TextRewrite() {
    }

    /** The tokens replacing the operator and its operands; {@code removed} are glyph places within it, from 0. */
    static List<Object> without(Operator operator, List<Object> operands, Set<Integer> removed, Style style)
            throws IOException {
        if (style == null || style.font() == null || style.font().isVertical()) {
            throw new PdfRedactor.Refused("problem.redactUnsafe");
        }
        List<Object> out = new ArrayList<>();
        Object shown = switch (operator.getName()) {
            case "Tj", "TJ" -> operands.getLast();
            case "'" -> {
                out.add(Operator.getOperator("T*"));
                yield operands.getLast();
            }
            case "\"" -> {
                out.addAll(List.of(operands.get(0), Operator.getOperator("Tw"), operands.get(1),
                        Operator.getOperator("Tc"), Operator.getOperator("T*")));
                yield operands.getLast();
            }
            default -> throw new PdfRedactor.Refused("problem.redactUnsafe");
        };
        COSArray array = new COSArray();
        int[] place = {0};
        if (shown instanceof COSArray items) {
            for (COSBase item : items) {
                if (item instanceof COSString string) {
                    glyphs(array, string.getBytes(), removed, style, place);
                } else {
                    array.add(item);
                }
            }
        } else if (shown instanceof COSString string) {
            glyphs(array, string.getBytes(), removed, style, place);
        }
        out.add(array);
        out.add(Operator.getOperator("TJ"));
        return out;
    }

    /** The string's glyphs into the array, each removed one replaced by its advance (in thousandths of the size). */
    private static void glyphs(COSArray array, byte[] bytes, Set<Integer> removed, Style style, int[] place)
            throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        while (in.available() > 0) {
            int start = bytes.length - in.available();
            int code = style.font().readCode(in);
            int end = bytes.length - in.available();
            if (removed.contains(place[0]++)) {
                if (kept.size() > 0) {
                    array.add(new COSString(kept.toByteArray()));
                    kept.reset();
                }
                array.add(new COSFloat(-advance(code, end - start == 1 && code == 32, style)));
            } else {
                kept.write(Arrays.copyOfRange(bytes, start, end));
            }
        }
        if (kept.size() > 0) {
            array.add(new COSString(kept.toByteArray()));
        }
    }

    /** The glyph's advance with the character (and, for a space, word) spacing, in thousandths of the font size. */
    private static float advance(int code, boolean space, Style style) throws IOException {
        float spacing = style.charSpacing() + (space ? style.wordSpacing() : 0);
        return style.font().getWidth(code) + (style.fontSize() == 0 ? 0 : spacing * 1000 / style.fontSize());
    }
}
