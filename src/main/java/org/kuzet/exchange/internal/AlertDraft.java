package org.kuzet.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Perpetrator;
import org.kuzet.place.Places;
import org.kuzet.security.Viewer;
import org.kuzet.taxonomy.Categories;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A draft alert about a published incident, in the parts IFEX members' alerts have (when and where, the violation,
 * the victim, the violating party, the probable motive and the link to expression, the sources), in English and
 * Russian, for an editor to check, complete and send; and the incident in the Council of Europe Safety of
 * Journalists platform's categories with its source of threat. Only public fields are used: a victim's name, kind
 * and role (never a contact), the public sources, the official replies; never a note or a hidden source. Kuzet does
 * not record the motive: the draft asks the editor for it.
 */
@Component
class AlertDraft {

    /** The languages the alert is drafted in. */
    static final List<String> LANGUAGES = List.of("en", "ru");

    /** Kuzet's categories and the platform's categories (docs/exchange-formats.md). */
    static final Map<String, String> COE_CATEGORY = Map.ofEntries(
            Map.entry("attacks", "attacks"),
            Map.entry("detention", "detention"),
            Map.entry("threats", "harassment"),
            Map.entry("interference_professional_activity", "harassment"),
            Map.entry("misuse_of_image", "harassment"),
            Map.entry("discrediting", "harassment"),
            Map.entry("summons_law_enforcement", "harassment"),
            Map.entry("unauthorized_access_ddos", "harassment"),
            Map.entry("persecution_for_dissemination", "harassment"),
            Map.entry("interference_media_activity", "chilling"),
            Map.entry("copyright", "chilling"),
            Map.entry("refusal_of_information", "chilling"),
            Map.entry("blocking", "chilling"),
            Map.entry("closure_suspension", "chilling"),
            Map.entry("accreditation_denial", "chilling"),
            Map.entry("judicial_transparency_violation", "chilling"),
            Map.entry("media_discrimination", "chilling"),
            Map.entry("criminal_pretrial", "chilling"),
            Map.entry("criminal_court", "chilling"),
            Map.entry("civil_claims", "chilling"),
            Map.entry("administrative", "chilling"));

    /** One language's draft: its parts, and the whole as text to copy. */
    record Draft(String lang, String headline, List<Part> parts, String text) {
    }

    record Part(String heading, List<String> lines) {
    }

    /** The incident on the Council of Europe platform: its categories and source of threat (message keys). */
    record CoeMapping(List<String> categories, String sourceOfThreat) {
    }

    private final MessageSource messages;
    private final Places places;
    private final Categories categories;
    private final Surroundings surroundings;

    AlertDraft(MessageSource messages, Places places, Categories categories, Surroundings surroundings) {
        this.messages = messages;
        this.places = places;
        this.categories = categories;
        this.surroundings = surroundings;
    }

    List<Draft> drafts(Incident incident, String baseUrl) {
        return LANGUAGES.stream().map(lang -> draft(incident, lang, baseUrl)).toList();
    }

    Draft draft(Incident incident, String lang, String baseUrl) {
        Locale locale = Locale.forLanguageTag(lang);
        IncidentContent c = incident.content();
        String place = c.place() == null ? say(locale, "alert.placeUnknown") : places.name(c.place(), lang);
        String violation = categories.label(c.primaryCategory(), lang);
        String victims = c.victims().stream().map(v -> v.name() + " (" + say(locale, "victim." + v.kind().code())
                + (v.role() == null || v.role().isBlank() ? "" : ", " + v.role()) + ")")
                .collect(Collectors.joining("; "));
        String parties = c.perpetrators().stream().map(p -> p.name() + " (" + say(locale, "perpetrator."
                + p.type().code()) + ")").collect(Collectors.joining("; "));
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(say(locale, "alert.whenWhere"), List.of(c.date() + ", " + place)));
        List<String> what = new ArrayList<>(List.of(violation));
        org.kuzet.core.Texts.Shown summary = c.texts().summary(lang);
        what.add(summary.text());
        if (!summary.inLanguageAsked()) {
            // the record has no translation into this language yet: the editor translates before sending
            what.add(say(locale, "alert.untranslated"));
        }
        parts.add(new Part(say(locale, "alert.violation"), what));
        parts.add(new Part(say(locale, "alert.victim"), List.of(victims.isEmpty() ? say(locale, "alert.none") : victims)));
        parts.add(new Part(say(locale, "alert.party"), List.of(parties.isEmpty() ? say(locale, "alert.none") : parties)));
        parts.add(new Part(say(locale, "alert.motive"), List.of(say(locale, "alert.motive.ask"))));
        List<String> sources = new ArrayList<>();
        surroundings.sources(incident, Viewer.PUBLIC).forEach(s -> sources.add(join(s.outlet(), s.title(), s.url())));
        surroundings.replies(incident.id()).forEach(r -> sources.add(say(locale, "alert.reply") + ": "
                + join(r.speaker(), r.date().toString(), r.summary())));
        sources.add(say(locale, "alert.record") + ": " + baseUrl + "/incidents/" + incident.id());
        parts.add(new Part(say(locale, "alert.sources"), sources));
        String headline = say(locale, "alert.headline", places.name("kz", lang), violation,
                c.texts().title(lang).text());
        StringBuilder text = new StringBuilder(headline).append("\n\n");
        for (Part part : parts) {
            text.append(part.heading()).append('\n');
            part.lines().forEach(line -> text.append(line).append('\n'));
            text.append('\n');
        }
        text.append(say(locale, "alert.issuedBy", say(locale, "app.name")));
        return new Draft(lang, headline, parts, text.toString());
    }

    CoeMapping coe(Incident incident) {
        IncidentContent c = incident.content();
        Set<String> found = new LinkedHashSet<>();
        found.add(COE_CATEGORY.get(c.primaryCategory()));
        c.categories().forEach(code -> found.add(COE_CATEGORY.get(code)));
        found.remove(null);
        Set<String> sources = c.perpetrators().stream().map(Perpetrator::type).map(Crosswalk::stateAttribution)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String source = sources.contains("state") ? "state" : sources.contains("non-state") ? "nonState" : "unknown";
        return new CoeMapping(found.stream().map(k -> "coe.category." + k).toList(), "coe.source." + source);
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    private String say(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
