package org.kuzet.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kuzet.api.Forbidden;
import org.kuzet.api.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A step refused inside the incident pages and their bulk actions answers the site's error page in the visitor's
 * language, not the API's problem details: "not allowed" for a change this person may not make, "not found" for an
 * incident (or a bulk job) they may not see, as for one that does not exist.
 */
@ControllerAdvice(assignableTypes = {IncidentPages.class, BulkPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaffPageRefusals {

    @ExceptionHandler(Forbidden.class)
    void refused(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
