package org.kuzet.evidence.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kuzet.evidence.Region;

/**
 * Removes text from a PDF for publication: every glyph inside a region, or spelling one of the given words, is taken
 * out of the page's content stream (not painted over: copying or extracting the text finds nothing), the space it
 * took kept so the rest of the line stays where it was; a black box then marks each region and each removed word. A
 * page with a region and pictures on it is flattened to a picture with the region blacked out, as text on a scan is
 * in the picture. Metadata, annotations, form fields, attachments, bookmarks and the alternative text of marked
 * content go too. The copy is read back before it is given out: if any text is still in a region or a word can
 * still be found, it is refused.
 */
public final class PdfRedactor {

    /** Why a PDF cannot be redacted safely, as a problem's message key and its arguments. */
    public static final class Refused extends RuntimeException {
        private final String key;
        private final transient Object[] args;

        Refused(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** A page's size as shown, in points, and its turn. */
    public record PageBox(float width, float height, int rotation) {
    }

    /** The redacted PDF, and the words that were found nowhere in its text (nothing removed for them). */
    public record Result(byte[] pdf, List<String> notFound) {
    }

    /** Previews are drawn at this many pixels per point. */
    public static final float PREVIEW_SCALE = 1.5f;
    /** A flattened page is drawn at this resolution. */
    static final float FLATTEN_DPI = 150;

    private PdfRedactor() {
    }

    /** The pages and their sizes; refused when the bytes are no PDF PDFBox can open (or it has a password). */
    public static List<PageBox> pages(byte[] pdf) {
        try (PDDocument doc = open(pdf)) {
            List<PageBox> boxes = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDRectangle crop = page.getCropBox();
                boxes.add(new PageBox(crop.getWidth(), crop.getHeight(), page.getRotation()));
            }
            return boxes;
        } catch (IOException e) {
            throw new Refused("problem.redactUnreadable");
        }
    }

    /** A page (from 1) drawn as PNG at {@link #PREVIEW_SCALE}. */
    public static byte[] preview(byte[] pdf, int page) {
        try (PDDocument doc = open(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImage(page - 1, PREVIEW_SCALE, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new Refused("problem.redactUnreadable");
        }
    }

    /** The PDF without the text in the regions or of the words (compared without case and spaces). */
    public static Result redact(byte[] pdf, List<Region> regions, List<String> words) {
        List<String> targets = words.stream().map(PdfRedactor::compact).filter(w -> !w.isEmpty()).distinct().toList();
        Set<String> found = new LinkedHashSet<>();
        byte[] redacted;
        try (PDDocument doc = open(pdf)) {
            doc.setAllSecurityToBeRemoved(true);
            PageGlyphs reader = new PageGlyphs();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                redactPage(doc, n, reader, onPage(regions, n), targets, found);
            }
            strip(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            redacted = out.toByteArray();
        } catch (IOException e) {
            throw new Refused("problem.redactUnreadable");
        }
        check(redacted, regions, targets);
        return new Result(redacted, words.stream().filter(w -> !compact(w).isEmpty())
                .filter(w -> !found.contains(compact(w))).toList());
    }

    private static void redactPage(PDDocument doc, int n, PageGlyphs reader, List<Region> regions,
            List<String> targets, Set<String> found) throws IOException {
        PDPage page = doc.getPage(n - 1);
        if (!regions.isEmpty() && page.getRotation() % 360 != 0) {
            throw new Refused("problem.redactRotated", n);
        }
        List<PageGlyphs.Glyph> glyphs = reader.read(doc, n, page);
        Set<Integer> hit = new LinkedHashSet<>();
        for (int i = 0; i < glyphs.size(); i++) {
            PageGlyphs.Glyph g = glyphs.get(i);
            if (regions.stream().anyMatch(r -> r.overlaps(g.x(), g.y(), g.width(), g.height()))) {
                hit.add(i);
            }
        }
        List<PageGlyphs.Glyph> wordGlyphs = new ArrayList<>();
        for (int i : matches(glyphs, targets, found)) {
            hit.add(i);
            wordGlyphs.add(glyphs.get(i));
        }
        Map<Integer, Set<Integer>> removals = new HashMap<>();
        for (int i : hit) {
            PageGlyphs.Glyph g = glyphs.get(i);
            if (g.nested()) {
                throw new Refused("problem.redactNested", n);
            }
            removals.computeIfAbsent(g.operator(), k -> new java.util.HashSet<>()).add(g.ordinal());
        }
        rewrite(doc, page, removals, reader.styles());
        if (!regions.isEmpty() && hasPictures(page)) {
            flatten(doc, page, n, regions);
        } else {
            mark(doc, page, regions, wordGlyphs);
        }
    }

    /** The glyphs spelling any of the words, letters compared without case and with spaces left out. */
    private static Set<Integer> matches(List<PageGlyphs.Glyph> glyphs, List<String> targets, Set<String> found) {
        StringBuilder text = new StringBuilder();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            for (char c : compact(glyphs.get(i).text()).toCharArray()) {
                text.append(c);
                owner.add(i);
            }
        }
        Set<Integer> hit = new LinkedHashSet<>();
        for (String target : targets) {
            for (int at = text.indexOf(target); at >= 0; at = text.indexOf(target, at + 1)) {
                found.add(target);
                for (int k = at; k < at + target.length(); k++) {
                    hit.add(owner.get(k));
                }
            }
        }
        return hit;
    }

    /**
     * Writes the page's content again: the glyphs to remove taken out of their text operators, and marked content
     * kept without its properties (an alternative text there could still say what was removed).
     */
    private static void rewrite(PDDocument doc, PDPage page, Map<Integer, Set<Integer>> removals,
            Map<Integer, TextRewrite.Style> styles) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> out = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        int index = -1;
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            index++;
            Set<Integer> removed = removals.get(index);
            if (removed != null) {
                out.addAll(TextRewrite.without(operator, operands, removed, styles.get(index)));
            } else if (operator.getName().equals("BDC") || operator.getName().equals("DP")) {
                out.add(operands.getFirst());
                out.add(Operator.getOperator(operator.getName().equals("BDC") ? "BMC" : "MP"));
            } else {
                out.addAll(operands);
                out.add(operator);
            }
            operands.clear();
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream o = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(o).writeTokens(out);
        }
        page.setContents(stream);
    }

    /** Black boxes over the regions and the removed words, so a reader sees that something was taken out. */
    private static void mark(PDDocument doc, PDPage page, List<Region> regions, List<PageGlyphs.Glyph> words)
            throws IOException {
        if (regions.isEmpty() && words.isEmpty()) {
            return;
        }
        PDRectangle crop = page.getCropBox();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                true, true)) {
            cs.setNonStrokingColor(Color.BLACK);
            for (Region r : regions) {
                box(cs, crop, r.x(), r.y(), r.width(), r.height());
            }
            for (PageGlyphs.Glyph g : words) {
                box(cs, crop, g.x(), g.y(), g.width(), g.height());
            }
            cs.fill();
        }
    }

    private static void box(PDPageContentStream cs, PDRectangle crop, double x, double y, double w, double h)
            throws IOException {
        cs.addRect((float) (crop.getLowerLeftX() + x), (float) (crop.getUpperRightY() - y - h), (float) w, (float) h);
    }

    private static boolean hasPictures(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources != null) {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
            }
        }
        return new PDFStreamParser(page).parse().stream()
                .anyMatch(t -> t instanceof Operator o && o.getName().equals("BI"));
    }

    /** The page replaced by a picture of itself with the regions blacked out: a scan's text is in its pixels. */
    private static void flatten(PDDocument doc, PDPage page, int n, List<Region> regions) throws IOException {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(n - 1, FLATTEN_DPI, ImageType.RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        double k = FLATTEN_DPI / 72;
        for (Region r : regions) {
            g.fillRect((int) Math.floor(r.x() * k), (int) Math.floor(r.y() * k), (int) Math.ceil(r.width() * k) + 1,
                    (int) Math.ceil(r.height() * k) + 1);
        }
        g.dispose();
        PDImageXObject picture = JPEGFactory.createFromImage(doc, image, 0.85f);
        PDRectangle crop = page.getCropBox();
        page.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
                true)) {
            cs.drawImage(picture, crop.getLowerLeftX(), crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
        }
    }

    /** Takes out what could hold the removed text elsewhere: metadata, annotations, forms, attachments, outline. */
    private static void strip(PDDocument doc) {
        doc.setDocumentInformation(new PDDocumentInformation());
        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        for (COSName name : List.of(COSName.METADATA, COSName.NAMES, COSName.ACRO_FORM, COSName.OUTLINES,
                COSName.OPEN_ACTION, COSName.AA, COSName.STRUCT_TREE_ROOT, COSName.getPDFName("PieceInfo"),
                COSName.getPDFName("MarkInfo"))) {
            catalog.removeItem(name);
        }
        for (PDPage page : doc.getPages()) {
            for (COSName name : List.of(COSName.ANNOTS, COSName.METADATA, COSName.getPDFName("PieceInfo"),
                    COSName.AA, COSName.getPDFName("StructParents"))) {
                page.getCOSObject().removeItem(name);
            }
        }
    }

    /** Reads the copy back: no glyph may be left in a region, no word in its text. */
    private static void check(byte[] redacted, List<Region> regions, List<String> targets) {
        try (PDDocument doc = open(redacted)) {
            PageGlyphs reader = new PageGlyphs();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                List<Region> here = onPage(regions, n);
                for (PageGlyphs.Glyph g : reader.read(doc, n, doc.getPage(n - 1))) {
                    if (here.stream().anyMatch(r -> r.overlaps(g.x(), g.y(), g.width(), g.height()))) {
                        throw new Refused("problem.redactLeft");
                    }
                }
            }
            String text = compact(new PDFTextStripper().getText(doc));
            if (targets.stream().anyMatch(text::contains)) {
                throw new Refused("problem.redactLeft");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Region> onPage(List<Region> regions, int page) {
        return regions.stream().filter(r -> r.page() == page).toList();
    }

    /** Lower case, without white space: how words are compared with a page's text. */
    static String compact(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
}
