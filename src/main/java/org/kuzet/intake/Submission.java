package org.kuzet.intake;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One filling of the report form, as a phone sent it.
 *
 * @param channel {@code phone} (Kuzet's page) or {@code openrosa} (ODK Collect, Tella ...)
 * @param instanceId the filling's own id: a phone that sends again (a lost answer, a retry) sends the same one
 * @param what what happened (required)
 * @param when when, as the person says it ("on 12 March", "early 2025"); the triage's fact finder reads it
 * @param where where, as the person says it
 * @param link a web address about it
 * @param place where the phone was, if it said (a geopoint)
 * @param started when the form was opened, if the client said
 * @param ended when the form was finished, if the client said
 * @param device the client's device id, if it said
 * @param pageLanguage the language the person wrote from (en, ru, kk)
 * @param files the files attached (photos, documents)
 */
public record Submission(String channel, String instanceId, String what, String when, String where, String link,
        Place place, OffsetDateTime started, OffsetDateTime ended, String device, String pageLanguage,
        List<File> files) {

    public Submission {
        // a field left empty on the phone arrives as "" from a form, as nothing from an XForm: both are nothing
        what = orNull(what);
        when = orNull(when);
        where = orNull(where);
        link = orNull(link);
        device = orNull(device);
        files = files == null ? List.of() : List.copyOf(files);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A file sent with the submission: its name on the phone and its bytes. */
    public record File(String name, byte[] content) {
    }

    /** Where the phone was: degrees, and the accuracy in metres if known. */
    public record Place(double latitude, double longitude, Double accuracyMetres) {
    }
}
