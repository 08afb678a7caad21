package org.kuzet.inquiry.internal;

import org.kuzet.incident.IncidentEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an incident is published, the right-of-reply requests about it become public with it (in the same
 * transaction), so the portal can say beside the allegation that the body was asked, and what came of it.
 */
@Component
class IncidentPublications {

    private final InquiryDesk desk;

    IncidentPublications(InquiryDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void on(IncidentEvent.Stepped event) {
        if (event.step() == IncidentEvent.Step.PUBLISHED) {
            desk.incidentPublished(event.id(), event.actor());
        }
    }
}
