package org.kuzet.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the viewer's role may do, for every page to offer only those actions (a monitor is not shown "Publish this
 * report" only to be refused): {@code mayPublish} for editors and admins, {@code mayAdminister} (accounts) for
 * admins.
 */
@ControllerAdvice(annotations = Controller.class)
class OfferedActions {

    @ModelAttribute("mayPublish")
    boolean mayPublish() {
        return Viewer.current().mayPublish();
    }

    @ModelAttribute("mayAdminister")
    boolean mayAdminister() {
        return Viewer.current().isAdmin();
    }
}
