package org.kuzet.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kuzet.core.Languages;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's own error report, for the requests it refuses before the application sees them (an
 * address it cannot decode, such as {@code /incidents/%ZZ}): instead of Tomcat's page, Kuzet's error page in the
 * language the browser asks for, or problem+json for the API and JSON clients, as {@link ErrorPages} answers.
 */
class ContainerErrorPage extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorPage.class);

    private final ApplicationContext application;

    ContainerErrorPage(ApplicationContext application) {
        this.application = application;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()
                || !ioAllowed(response)) {
            return;
        }
        HttpStatus status = ErrorPages.errorStatus(response.getStatus());
        try {
            response.resetBuffer();
            if (ErrorPages.wantsJson(request.getRequestURI(), request.getHeader("Accept"))) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getOutputStream().write(application.getBean(JsonMapper.class)
                        .writeValueAsBytes(ErrorPages.problem(status, List.of())));
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                page(request, response, status);
            }
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            log.warn("The error page for a refused request could not be written", e);
        }
    }

    private void page(Request request, Response response, HttpStatus status) throws IOException {
        Locale locale = Languages.fromHeader(request.getHeader("Accept-Language"));
        ServletContext servlets = ((WebApplicationContext) application).getServletContext();
        // the request was mapped to no application: it has no context path and no session to write into links
        var exchange = JakartaServletWebApplication.buildApplication(servlets).buildExchange(
                new HttpServletRequestWrapper(request) {
                    @Override
                    public String getContextPath() {
                        return "";
                    }

                    @Override
                    public ServletContext getServletContext() {
                        return servlets;
                    }
                },
                new HttpServletResponseWrapper(response) {
                    @Override
                    public String encodeURL(String url) {
                        return url;
                    }
                });
        String lang = Languages.of(locale);
        WebContext context = new WebContext(exchange, locale, Map.of("status", status.value(),
                "problems", List.of(), "lang", lang, "langUrls", Map.of()));
        Writer writer = response.getWriter();
        application.getBean(ITemplateEngine.class).process("error", context, writer);
        writer.flush();
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }
}
