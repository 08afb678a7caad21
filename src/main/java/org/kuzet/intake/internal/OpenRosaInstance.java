package org.kuzet.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.kuzet.api.InvalidInput;
import org.kuzet.intake.Submission;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a filled instance of Kuzet's XForm ({@code kuzet-report.xml}) as an OpenRosa client posts it. The parser
 * takes no document type (so no external entities); a value the form would not give (a geopoint that is not four
 * numbers, a time that is not ISO) is refused, naming the field.
 */
final class OpenRosaInstance {

    static final String FORM_ID = "kuzet-report";

    private OpenRosaInstance() {
    }

    static Submission read(byte[] xml, List<Submission.File> files, String language) {
        Element root = parse(xml).getDocumentElement();
        if (!FORM_ID.equals(root.getAttribute("id"))) {
            throw InvalidInput.of("xml_submission_file", "problem.intakeOtherForm", FORM_ID);
        }
        return new Submission("openrosa", text(root, "meta", "instanceID"), text(root, "what"), text(root, "when"),
                text(root, "where"), text(root, "link"), place(text(root, "location")),
                time(root, "started"), time(root, "ended"), text(root, "device"), language, files);
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser takes these features", e);
        } catch (SAXException | IOException e) {
            throw InvalidInput.of("xml_submission_file", "problem.intakeNotXml");
        }
    }

    /** The text of the element at this path under the root; null when absent or blank. */
    private static String text(Element root, String... path) {
        Element at = root;
        for (String name : path) {
            at = child(at, name).orElse(null);
            if (at == null) {
                return null;
            }
        }
        String value = at.getTextContent();
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** An ODK geopoint: "latitude longitude altitude accuracy" (the last two may be missing). */
    private static Submission.Place place(String geopoint) {
        if (geopoint == null) {
            return null;
        }
        String[] parts = geopoint.trim().split("\\s+");
        try {
            double latitude = Double.parseDouble(parts[0]);
            double longitude = Double.parseDouble(parts[1]);
            Double accuracy = parts.length > 3 ? Double.valueOf(parts[3]) : null;
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (accuracy != null && accuracy < 0)) {
                throw InvalidInput.of("location", "problem.intakeGeopoint", geopoint);
            }
            return new Submission.Place(latitude, longitude, accuracy);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw InvalidInput.of("location", "problem.intakeGeopoint", geopoint);
        }
    }

    private static OffsetDateTime time(Element root, String field) {
        String value = text(root, field);
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "problem.intakeTime", value);
        }
    }
}
