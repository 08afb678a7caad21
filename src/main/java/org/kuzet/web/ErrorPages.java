package org.kuzet.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.kuzet.core.FieldProblem;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Kuzet's answer to every error the servlet container sends to {@code /error} (a path it refused, a parameter
 * refused before any controller, a failure): the error page in the visitor's language for a browser,
 * problem+json for the API and for clients that ask for JSON. {@code /error} asked for directly is a page that
 * does not exist (404), not a failure.
 */
@Controller
public class ErrorPages implements ErrorController {

    /** A request attribute: the {@link FieldProblem}s that made a request bad input, shown with the error. */
    private static final String PROBLEMS = ErrorPages.class.getName() + ".problems";

    /** A download (incidents.csv, a report's .json...): mostly a program reads the answer, not a person. */
    private static final Pattern FILE = Pattern.compile(".*\\.(csv|json|atom|md|pdf)$");

    private final FieldMessages fieldMessages;

    private final PageModel pageModel;

    ErrorPages(FieldMessages fieldMessages, PageModel pageModel) {
        this.fieldMessages = fieldMessages;
        this.pageModel = pageModel;
    }

    /** Answers 400 with the error page (or problem+json) naming every problem. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, List<FieldProblem> problems)
            throws IOException {
        request.setAttribute(PROBLEMS, problems);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is an address where nothing is published
        HttpStatus status = errorStatus(code instanceof Integer value ? value : HttpStatus.NOT_FOUND.value());
        Object found = request.getAttribute(PROBLEMS);
        @SuppressWarnings("unchecked")
        List<FieldProblem> problems = found instanceof List<?> list ? (List<FieldProblem>) list : List.of();
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return answer(status, problems, uri instanceof String path ? path : request.getRequestURI(), request, locale);
    }

    /**
     * The error page, or problem+json for the API, downloads and JSON clients, with each problem in the reader's
     * language: for a controller's exception handler as for the container's errors.
     */
    public Object answer(HttpStatus status, List<FieldProblem> problems, String path, HttpServletRequest request,
            Locale locale) {
        if (wantsJson(path, request.getHeader("Accept"))) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem(status, fieldMessages.forApi(problems, locale)));
        }
        List<FieldMessages.Said> said = fieldMessages.said(problems, locale);
        // an exception handler's page gets no @ModelAttribute of its own: the layout's model is added here, so the
        // error page too offers the other languages and says who is signed in
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "problems", said), status);
        page.addObject("lang", pageModel.lang(locale));
        page.addObject("langUrls", pageModel.langUrls());
        page.addObject("staffUser", pageModel.staffUser());
        return page;
    }

    /** The status to answer with: an error status as it is, anything else (no status, a 200) as a 500. */
    static HttpStatus errorStatus(int code) {
        HttpStatus status = HttpStatus.resolve(code);
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static ProblemDetail problem(HttpStatus status, List<FieldMessages.Said> problems) {

        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        problem.setType(URI.create("about:blank"));
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems);
        }
        return problem;
    }

    /**
     * The API's paths, a download asked for by a program, and a client that asks for JSON rather than a page. A
     * browser following a link to a download (an incident's printable PDF, a CSV) asks for a page first: its reader
     * gets the error page in their language, not problem+json in English.
     */
    public static boolean wantsJson(String path, String accept) {
        if (path != null && path.startsWith("/api/")) {
            return true;
        }
        boolean browser = accept != null && accept.contains("text/html");
        if (path != null && FILE.matcher(path).matches()) {
            return !browser;
        }
        return accept != null && accept.contains("json") && !browser;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Nothing is published at this address.";
            case BAD_REQUEST -> "The request could not be read: its address or one of its values is malformed.";
            default -> status.is4xxClientError() ? "The request was refused."
                    : "Something went wrong on our side; nothing was changed. The error is logged.";
        };
    }
}
