package org.kuzet.report.internal;

import org.kuzet.report.Lang;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * A report as an archive-grade PDF: PDF/A-3u (every font embedded, an sRGB output intent), its metadata saying
 * what it is (title, period, version, SHA-256 of the published version, language) in the document information and
 * the XMP alike, and the figures' JSON attached as its data, so the numbers travel with the text. Fonts are DejaVu
 * Sans, which has every Cyrillic and Kazakh letter.
 */
public final class ArchivePdf {

    /** DejaVu Sans as packed in the jasperreports-fonts jar. */
    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String FONT_BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static final String PRODUCER = "Kuzet";

    /** What the PDF says about itself; {@code version} and {@code sha256} are null for a live (unpublished) report. */
    public record Edition(String title, Lang lang, String period, Integer version, String sha256, String figuresJson) {

        String fileName() {
            return "kuzet-report-" + period + (version == null ? "" : "-v" + version) + "-figures.json";
        }

        String subject() {
            return "Kuzet report " + period + (version == null ? ", live (not published)"
                    : ", version " + version + ", SHA-256 " + sha256);
        }

        String keywords() {
            return "period=" + period + "; version=" + (version == null ? "live" : version)
                    + (sha256 == null ? "" : "; sha256=" + sha256) + "; lang=" + lang.code();
        }

        About about() {
            return new About(title, subject(), keywords(), lang, sha256);
        }
    }

    /** What any PDF Kuzet prints says about itself, in its document information and its XMP alike. */
    record About(String title, String subject, String keywords, Lang lang, String sha256) {
    }

    static {
        // the renderer tells its every step (fonts loaded, "Prepare to fly") on the console at INFO: keep warnings
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private ArchivePdf() {
    }

    static byte[] write(String html, Edition edition) {
        return describe(render(html), edition.about(), edition);
    }

    /**
     * A page of the site (an incident, a legal case) printed the same way as a report: PDF/A-3u with DejaVu Sans
     * embedded, its title, subject and language in its metadata; nothing attached.
     */
    static byte[] page(String html, About about) {
        return describe(render(html), about, null);
    }

    private static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            builder.useFont(() -> font(FONT), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The metadata and the attached figures (of a report's {@code edition}; none when null), written over what the
     * renderer wrote so both places agree.
     */
    private static byte[] describe(byte[] pdf, About edition, Edition attached) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            now.set(Calendar.MILLISECOND, 0);
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setLanguage(edition.lang().code());
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(edition.title());
            info.setSubject(edition.subject());
            info.setKeywords(edition.keywords());
            info.setCreator(PRODUCER);
            info.setProducer(PRODUCER);
            info.setCreationDate(now);
            info.setModificationDate(now);
            document.setDocumentInformation(info);
            catalog.setMetadata(xmp(document, edition, now));
            if (attached != null) {
                attach(document, attached, now);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDMetadata xmp(PDDocument document, About edition, Calendar now) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(edition.title());
        dc.setDescription(edition.subject());
        dc.addLanguage(edition.lang().code());
        dc.addCreator(PRODUCER);
        dc.setFormat("application/pdf");
        if (edition.sha256() != null) {
            dc.setIdentifier("sha256:" + edition.sha256());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        pdf.setKeywords(edition.keywords());
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(3);
        try {
            pdfa.setConformance("U");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, bytes, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("XMP metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(bytes.toByteArray());
        return metadata;
    }

    /** The figures' JSON as an associated file (PDF/A-3: AFRelationship Data, its media type and date). */
    private static void attach(PDDocument document, Edition edition, Calendar now) throws IOException {
        byte[] json = edition.figuresJson().getBytes(StandardCharsets.UTF_8);
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
        embedded.setSubtype("application/json");
        embedded.setSize(json.length);
        embedded.setCreationDate(now);
        embedded.setModDate(now);
        PDComplexFileSpecification file = new PDComplexFileSpecification();
        file.setFile(edition.fileName());
        file.setFileUnicode(edition.fileName());
        file.setFileDescription("The report's figures (JSON), as the JSON download of the same version");
        file.setEmbeddedFile(embedded);
        file.setEmbeddedFileUnicode(embedded);
        file.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(edition.fileName(), file));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(file);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    private static InputStream font(String path) {
        InputStream in = ArchivePdf.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("font " + path + " is missing from the class path (jasperreports-fonts)");
        }
        return in;
    }
}
