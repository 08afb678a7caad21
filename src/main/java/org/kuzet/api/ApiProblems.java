package org.kuzet.api;

import org.kuzet.core.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.kuzet.web.ErrorPages;
import org.kuzet.web.FieldMessages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API call into {@code application/problem+json} (RFC 9457): the status, a sentence a
 * person can act on, and, for bad input, an {@code errors} list naming each field and what is wrong with it.
 * Stack traces stay in the log.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final FieldMessages fieldMessages;
    private final ErrorPages errorPages;

    ApiProblems(FieldMessages fieldMessages, ErrorPages errorPages) {
        this.fieldMessages = fieldMessages;
        this.errorPages = errorPages;
    }

    /** 422 naming every field for the API; a browser (a bad period in a page's address) gets the error page. */
    @ExceptionHandler(InvalidInput.class)
    Object invalid(InvalidInput e, HttpServletRequest request, Locale locale) {
        if (ErrorPages.wantsJson(request.getRequestURI(), request.getHeader("Accept"))) {
            return invalidFields(e.problems());
        }
        return errorPages.answer(HttpStatus.UNPROCESSABLE_CONTENT, e.problems(), request.getRequestURI(), request,
                locale);
    }

    /** Answered by the error page (or problem+json, for the API, downloads and JSON clients), naming each value. */
    @ExceptionHandler(BadQuery.class)
    Object badQuery(BadQuery e, HttpServletRequest request, Locale locale) {
        return errorPages.answer(HttpStatus.BAD_REQUEST, e.problems(), request.getRequestURI(), request, locale);
    }

    @ExceptionHandler(NotFound.class)
    Object notFound(NotFound e, HttpServletRequest request, Locale locale) {
        return pageOr(problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of()), request, locale);
    }

    @ExceptionHandler(Conflict.class)
    Object conflict(Conflict e, HttpServletRequest request, Locale locale) {
        return pageOr(problem(HttpStatus.CONFLICT, "Conflict",
                fieldMessages.forApi(e.key(), e.args(), e.getMessage(), LocaleContextHolder.getLocale()), List.of()),
                request, locale);

    }

    /** A change made on a version that is no longer stored (412), or naming no version (428). */
    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> stale(StaleVersion e) {
        HttpStatus status = e.missing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
        ProblemDetail problem = problem(status, e.missing() ? "Version required" : "Changed meanwhile",
                e.getMessage(), List.of());
        problem.setProperty("current_version", e.current());
        return ResponseEntity.status(status).eTag(RecordVersion.etag(e.current())).body(problem);
    }

    @ExceptionHandler(Forbidden.class)
    Object forbidden(Forbidden e, HttpServletRequest request, Locale locale) {
        return pageOr(problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), List.of()), request, locale);
    }

    /** Method security ({@code @PreAuthorize}) refusing a caller inside a controller: a 403, not an error. */
    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    Object accessDenied(org.springframework.security.access.AccessDeniedException e, HttpServletRequest request,
            Locale locale) {
        return pageOr(problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not use this operation.", List.of()),
                request, locale);
    }

    /**
     * Spring's own errors (a path variable that is no number, a ResponseStatusException's 404, a missing parameter):
     * problem+json for the API and JSON clients as the parent class writes it; for a browser, the container's error
     * page, which is the site's error page in the visitor's language.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && !ErrorPages.wantsJson(servlet.getRequest().getRequestURI(), servlet.getRequest().getHeader("Accept"))
                && !servlet.getResponse().isCommitted()) {
            try {
                servlet.getResponse().sendError(statusCode.value());
                return null;
            } catch (java.io.IOException e) {
                log.debug("The error page could not be asked for", e);
            }
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /**
     * The problem for the API, downloads and JSON clients; for a person in a browser (a staff or public page), the
     * site's error page in their language instead, never raw JSON.
     */
    private Object pageOr(ProblemDetail problem, HttpServletRequest request, Locale locale) {
        if (ErrorPages.wantsJson(request.getRequestURI(), request.getHeader("Accept"))) {
            return problem;
        }
        return errorPages.answer(HttpStatus.valueOf(problem.getStatus()), List.of(), request.getRequestURI(), request,
                locale);
    }

    /**
     * A database constraint caught what the checks before it did not (two requests racing for the same external
     * id, say). The transaction was rolled back, so nothing changed; the caller may retry after reloading.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ProblemDetail constraint(org.springframework.dao.DataIntegrityViolationException e) {
        if (dataException(e)) {
            // a value no check caught that the database cannot store (SQLSTATE class 22): bad input, not a clash
            log.info("Value refused by the database answered with 422: {}", e.getMostSpecificCause().getMessage());
            return invalidFields(List.of(FieldProblem.of("body", "problem.cannotBeStored")));
        }
        log.warn("Constraint violation answered with 409", e);
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The change clashes with data stored meanwhile; nothing was changed. Reload and try again.", List.of());
    }

    private static boolean dataException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /** A form that should carry a file was sent without one (not as multipart/form-data). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail notMultipart(org.springframework.web.multipart.MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Malformed request", "This form must be sent with its file.",
                said(List.of(FieldProblem.of("file", "problem.fileMissing"))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was changed. The error is logged.", List.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !(mismatch instanceof
                UnrecognizedPropertyException) && mismatch.getTargetType() != null && !mismatch.getPath().isEmpty()) {
            // well-formed JSON with a value of the wrong kind: bad input like any other, never coerced
            return ResponseEntity.unprocessableContent().body(invalidFields(List.of(
                    FieldProblem.of(jsonPath(mismatch), "problem.kind", ExpectedKind.of(mismatch.getTargetType())))));
        }
        FieldProblem unread = FieldProblem.of("body", "problem.bodyShape");
        if (e.getCause() instanceof JacksonException jackson) {
            String path = jackson.getPathReference();
            String field = path != null && !path.isBlank() ? jsonPath(jackson) : "body";
            unread = jackson instanceof UnrecognizedPropertyException unknown
                    ? FieldProblem.of(field, "problem.unknownProperty", unknown.getPropertyName(), known(unknown))
                    : jackson.getOriginalMessage() == null ? FieldProblem.of(field, "problem.cannotBeReadPlain")
                    : FieldProblem.of(field, "problem.unreadable", readable(jackson));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "The request body could not be read.", said(List.of(unread))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // no request body is validated by annotations; should one be, its messages are passed on as written
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> FieldProblem.of(f.getField(), "problem.unreadable", f.getDefaultMessage())).toList();
        return ResponseEntity.unprocessableContent().body(invalidFields(problems));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        FieldProblem wrong = FieldProblem.of(field, "problem.kindNot", ExpectedKind.of(e.getRequiredType()), e.getValue());
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && !ErrorPages.wantsJson(servlet.getRequest().getRequestURI(), servlet.getRequest().getHeader("Accept"))) {
            try {
                ErrorPages.refuse(servlet.getRequest(), servlet.getResponse(), List.of(wrong));
                return null;
            } catch (java.io.IOException io) {
                log.debug("The error page could not be asked for", io);
            }
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request",
                "A parameter has the wrong type.", said(List.of(wrong))));
    }

    /** 422: the input was read but breaks a rule; each problem said in the caller's language. */
    private ProblemDetail invalidFields(List<FieldProblem> problems) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", "The request has invalid fields.",
                said(problems));
    }

    /** English callers read the API's own words, which scripts may match; others read the message files. */
    private List<FieldMessages.Said> said(List<FieldProblem> problems) {
        return fieldMessages.forApi(problems, LocaleContextHolder.getLocale());
    }

    /** Jackson's message without the Java class names and source positions a caller cannot act on. */
    private static String readable(JacksonException jackson) {
        return jackson.getOriginalMessage().replaceAll("\\(class [^)]*\\)", "").replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "value")
                .replaceAll("\\s+", " ").trim();
    }

    private static String known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null ? "none" : e.getKnownPropertyIds().stream().map(String::valueOf)
                .sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    private static String jsonPath(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : jackson.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, List<FieldMessages.Said> errors) {

        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
