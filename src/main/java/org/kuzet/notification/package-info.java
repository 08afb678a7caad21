/**
 * Notifications: a staff member saves a filter of the incident list and follows it by e-mail digest (daily or
 * weekly) and by an Atom feed, and watches incidents and legal cases to hear of their new events. Listens to the
 * owners' {@link org.kuzet.core.RecordChanged} events after commit; sends mail through the {@code KUZET_SMTP_*}
 * settings, and none when no SMTP host is set. Reminds the recorder of a request to a state body once
 * when it becomes due soon and once when overdue ({@link org.kuzet.inquiry.InquiryDue}). Owns the {@code notification_*} tables.
 */
package org.kuzet.notification;
