package org.kuzet.intake.internal;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kuzet.api.InvalidInput;
import org.kuzet.core.Languages;
import org.kuzet.intake.Received;
import org.kuzet.intake.Submission;
import org.kuzet.intake.Submissions;
import org.kuzet.security.Viewer;
import org.kuzet.web.FieldMessages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The OpenRosa 1.0 server API (form list, the form, submissions with files) that ODK Collect, Tella and other
 * OpenRosa clients speak, at {@code /api/openrosa}: set that address as the server in the client, with the
 * correspondent's Kuzet account. Each submission goes through {@link Submissions}, into the triage queue. Left out of
 * the OpenAPI description: the protocol is OpenRosa's own, XML throughout (docs/exchange-formats.md).
 */
@Hidden
@RestController
@RequestMapping("/api/openrosa")
class OpenRosaController {

    private static final MediaType XML = new MediaType("text", "xml", StandardCharsets.UTF_8);
    private static final String FORM = "intake/kuzet-report.xml";

    private final Submissions submissions;
    private final FieldMessages fieldMessages;
    private final MessageSource messages;
    private final long largestSubmission;
    private final byte[] form;

    OpenRosaController(Submissions submissions, FieldMessages fieldMessages, MessageSource messages,
            @Value("${kuzet.max-request-size:50MB}") DataSize largestSubmission) {
        this.submissions = submissions;
        this.fieldMessages = fieldMessages;
        this.messages = messages;
        this.largestSubmission = largestSubmission.toBytes();
        this.form = Shipped.bytes(FORM);
    }

    @GetMapping("/formList")
    ResponseEntity<String> formList() {
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/openrosa/forms/")
                .path(OpenRosaInstance.FORM_ID + ".xml").toUriString();
        String list = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xforms xmlns="http://openrosa.org/xforms/xformsList">
                  <xform>
                    <formID>%s</formID>
                    <name>Kuzet: report an incident</name>
                    <version>1</version>
                    <hash>md5:%s</hash>
                    <downloadUrl>%s</downloadUrl>
                  </xform>
                </xforms>
                """.formatted(OpenRosaInstance.FORM_ID, md5(form), HtmlUtils.htmlEscape(url));
        return openRosa(HttpStatus.OK).body(list);
    }

    @GetMapping("/forms/" + OpenRosaInstance.FORM_ID + ".xml")
    ResponseEntity<byte[]> form() {
        return openRosa(HttpStatus.OK).body(form);
    }

    /** Clients ask first how much they may send at once. */
    @RequestMapping(path = "/submission", method = RequestMethod.HEAD)
    ResponseEntity<Void> beforeSubmission() {
        return openRosaHeaders(HttpStatus.NO_CONTENT)
                .header("X-OpenRosa-Accept-Content-Length", Long.toString(largestSubmission)).build();
    }

    @PostMapping(path = "/submission", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<String> submit(MultipartHttpServletRequest request, Locale locale) {
        MultipartFile instance = request.getFile("xml_submission_file");
        if (instance == null) {
            return answer(HttpStatus.BAD_REQUEST, "submit_error",
                    messages.getMessage("intake.openrosa.noInstance", null, locale));
        }
        try {
            Submission submission = OpenRosaInstance.read(bytes(instance), files(request), Languages.of(locale));
            Received received = submissions.receive(Viewer.current(), submission);
            return answer(received.isNew() ? HttpStatus.CREATED : HttpStatus.ACCEPTED, "submit_success",
                    messages.getMessage("intake.openrosa.received", new Object[] {received.id()}, locale));
        } catch (InvalidInput e) {
            String said = fieldMessages.said(e.problems(), locale).stream()
                    .map(s -> s.field() + ": " + s.message()).collect(Collectors.joining(" "));
            return answer(HttpStatus.BAD_REQUEST, "submit_error", said);
        }
    }

    /** Every part but the instance is a file the instance names. */
    private static List<Submission.File> files(MultipartHttpServletRequest request) {
        List<Submission.File> files = new ArrayList<>();
        request.getMultiFileMap().forEach((part, parts) -> {
            if (!part.equals("xml_submission_file")) {
                for (MultipartFile file : parts) {
                    String name = file.getOriginalFilename() == null ? part : file.getOriginalFilename();
                    files.add(new Submission.File(name, bytes(file)));
                }
            }
        });
        return files;
    }

    private static ResponseEntity<String> answer(HttpStatus status, String nature, String message) {
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <OpenRosaResponse xmlns="http://openrosa.org/http/response">
                  <message nature="%s">%s</message>
                </OpenRosaResponse>
                """.formatted(nature, HtmlUtils.htmlEscape(message));
        return openRosa(status).body(body);
    }

    private static ResponseEntity.BodyBuilder openRosa(HttpStatus status) {
        return openRosaHeaders(status).contentType(XML);
    }

    private static ResponseEntity.BodyBuilder openRosaHeaders(HttpStatus status) {
        return ResponseEntity.status(status).header("X-OpenRosa-Version", "1.0")
                .header(HttpHeaders.DATE, DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String md5(byte[] content) {
        try {
            // OpenRosa names a form's version by the MD5 of its file: a check of change, not of trust
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
