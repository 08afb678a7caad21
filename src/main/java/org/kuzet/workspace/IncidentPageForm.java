package org.kuzet.workspace;

import org.kuzet.incident.EvidenceFile;
import org.kuzet.incident.Incident;
import org.kuzet.incident.IncidentContent;
import org.kuzet.incident.Perpetrator;
import org.kuzet.incident.Victim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kuzet.core.Languages;
import org.kuzet.core.Texts;

/**
 * The incident form as the browser posts it: every field as typed, so a bad value comes back to the person
 * unchanged beside its error. A victim or perpetrator row left empty is ignored.
 */
public class IncidentPageForm {

    /** What a victim row and a perpetrator row share: a name, and the actor it was picked as. */
    public abstract static class PersonRow {
        private String name = "";
        /** The actor the stored row names, kept while the name stays as it was (see {@link #actorKept()}). */
        private String actor = "";
        private String actorName = "";

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getActor() { return actor; }
        public void setActor(String actor) { this.actor = actor; }
        public String getActorName() { return actorName; }
        public void setActorName(String actorName) { this.actorName = actorName; }

        /** Fills the row from a stored one: its name, and the actor (if any) that name was picked as. */
        void picked(String storedName, Long storedActor) {
            name = storedName;
            actor = storedActor == null ? "" : storedActor.toString();
            actorName = storedName;
        }

        /** The stored actor, unless the name was changed to someone else's. */
        String actorKept() {
            return actor != null && !actor.isBlank() && name != null && name.trim().equals(actorName) ? actor : null;
        }

        boolean blank() {
            return name == null || name.isBlank();
        }
    }

    /** A victim row of the form. */
    public static class VictimRow extends PersonRow {
        private String kind = "journalist";
        private String role = "";
        private String gender = "";
        private String contact = "";

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public String getGender() { return gender; }
        public void setGender(String gender) { this.gender = gender; }
        public String getContact() { return contact; }
        public void setContact(String contact) { this.contact = contact; }
    }

    /** A perpetrator row of the form. */
    public static class PerpetratorRow extends PersonRow {
        private String type = "unknown";

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
    }

    /** A translation's title and summary, typed beside the original. */
    public static class TextRow {
        private String title = "";
        private String summary = "";

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title == null ? "" : title; }
        public String getSummary() { return summary; }
        public void setSummary(String summary) { this.summary = summary == null ? "" : summary; }

        boolean blank() {
            return title.isBlank() && summary.isBlank();
        }
    }

    /** A new form offers one row of each; the form's own buttons add and remove rows (no script needed). */
    static final int ROWS = 1;

    private String title = "";
    private String summary = "";
    private String date = "";
    private String place = "";
    private String primaryCategory = "";
    private List<String> categories = new ArrayList<>();
    private String peopleAffected = "";
    private String verification = "unverified";
    private String independentSources = "0";
    private List<VictimRow> victims = rows(VictimRow::new);
    private List<PerpetratorRow> perpetrators = rows(PerpetratorRow::new);
    private String confidentialNotes = "";
    /** The incident's sources (ids), kept through an edit; new ones are added from the incident's page. */
    private List<String> sources = new ArrayList<>();
    /** Related incidents, as their numbers separated by commas or spaces. */
    private String linkedIncidents = "";
    /** The related incident picked by its title ("#12 · 2024-03 · title"), added to {@link #linkedIncidents}. */
    private String linkedPick = "";
    /** Evidence files uploaded with this form, kept across answers ({@code sha256|name}); attached on saving. */
    private List<String> evidence = new ArrayList<>();
    /** Marked historical: a date before 1991 is then taken as meant. */
    private boolean historical;
    /** The triage candidate the form was opened from, if any (its article is cited when the incident is saved). */
    private String candidate = "";
    private Integer revision;
    private String note = "";
    /** The language the title and summary are written in (blank: as their letters suggest). */
    private String language = "";
    /** The language the page showed as the original's, so that switching it to a translated one swaps the two. */
    private String shownLanguage = "";
    /** The title and summary in the other languages, by language code (the original's own entry stays unused). */
    private Map<String, TextRow> translations = new LinkedHashMap<>();

    public IncidentPageForm() {
        Languages.CODES.forEach(code -> translations.put(code, new TextRow()));
    }

    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language == null ? "" : language.strip(); }
    public String getShownLanguage() { return shownLanguage; }
    public void setShownLanguage(String shownLanguage) { this.shownLanguage = shownLanguage == null ? "" : shownLanguage; }
    public Map<String, TextRow> getTranslations() { return translations; }
    public void setTranslations(Map<String, TextRow> translations) { this.translations = translations; }

    /**
     * The language of the title and summary as the page shows them: the one chosen, else the one their letters
     * suggest, else the page's own (a new, empty form).
     */
    String originalLanguage(String pageLanguage) {
        if (Languages.supported(language)) {
            return language;
        }
        return title == null || title.isBlank() ? pageLanguage : Texts.guessLanguage(title);
    }

    /** The three languages, the original's first: the order of the side-by-side columns. */
    List<String> columns(String pageLanguage) {
        String original = originalLanguage(pageLanguage);
        List<String> order = new ArrayList<>(List.of(original));
        Languages.CODES.stream().filter(code -> !code.equals(original)).forEach(order::add);
        return order;
    }

    /**
     * When the person switched the original's language to one whose translation they had filled in, that
     * translation becomes the original and the former original the translation into the language it was in.
     */
    void swapIfSwitched() {
        TextRow switchedTo = translations.get(language);
        if (!Languages.supported(shownLanguage) || language.equals(shownLanguage) || switchedTo == null
                || switchedTo.blank()) {
            return;
        }
        TextRow former = new TextRow();
        former.setTitle(title);
        former.setSummary(summary);
        title = switchedTo.getTitle();
        summary = switchedTo.getSummary();
        translations.put(shownLanguage, former);
        translations.put(language, new TextRow());
        shownLanguage = language;
    }

    /** The translations typed, the original's language left out. */
    Map<String, Texts.Translation> translationsTyped() {
        Map<String, Texts.Translation> typed = new LinkedHashMap<>();
        translations.forEach((code, row) -> {
            if (row != null && !row.blank() && !code.equals(language)) {
                typed.put(code, new Texts.Translation(row.getTitle(), row.getSummary()));
            }
        });
        return typed;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getPrimaryCategory() { return primaryCategory; }
    public void setPrimaryCategory(String primaryCategory) { this.primaryCategory = primaryCategory; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories; }
    public String getPeopleAffected() { return peopleAffected; }
    public void setPeopleAffected(String peopleAffected) { this.peopleAffected = peopleAffected; }
    public String getVerification() { return verification; }
    public void setVerification(String verification) { this.verification = verification; }
    public String getIndependentSources() { return independentSources; }
    public void setIndependentSources(String independentSources) { this.independentSources = independentSources; }
    public List<VictimRow> getVictims() { return victims; }
    public void setVictims(List<VictimRow> victims) { this.victims = victims; }
    public List<PerpetratorRow> getPerpetrators() { return perpetrators; }
    public void setPerpetrators(List<PerpetratorRow> perpetrators) { this.perpetrators = perpetrators; }
    public String getConfidentialNotes() { return confidentialNotes; }
    public void setConfidentialNotes(String confidentialNotes) { this.confidentialNotes = confidentialNotes; }
    public List<String> getSources() { return sources; }
    public void setSources(List<String> sources) { this.sources = sources; }
    public String getLinkedIncidents() { return linkedIncidents; }
    public void setLinkedIncidents(String linkedIncidents) { this.linkedIncidents = linkedIncidents; }

    /** The related incidents' numbers as typed, one per entry (a bad one is named by the rules' check). */
    List<String> linkedIncidentList() {
        return linkedIncidents == null || linkedIncidents.isBlank() ? List.of()
                : java.util.Arrays.stream(linkedIncidents.trim().split("[,;\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    public String getLinkedPick() { return linkedPick; }
    public void setLinkedPick(String linkedPick) { this.linkedPick = linkedPick; }
    public List<String> getEvidence() { return evidence; }
    public void setEvidence(List<String> evidence) { this.evidence = evidence; }

    List<EvidenceFile> evidenceFiles() {
        return evidence == null ? List.of() : evidence.stream().filter(e -> e.matches("[0-9a-f]{64}\\|.*"))
                .map(EvidenceFile::of).distinct().toList();
    }

    public String getCandidate() { return candidate; }
    public void setCandidate(String candidate) { this.candidate = candidate == null ? "" : candidate.strip(); }

    java.util.Optional<Long> candidateId() {
        return candidate.matches("\\d{1,18}") ? java.util.Optional.of(Long.parseLong(candidate)) : java.util.Optional.empty();
    }

    public boolean isHistorical() { return historical; }
    public void setHistorical(boolean historical) { this.historical = historical; }

    /**
     * Adds or removes a victim or perpetrator row as the form's buttons ask ({@code addVictim},
     * {@code removeVictim:2}, {@code addPerpetrator}, {@code removePerpetrator:0}); nothing is saved then.
     */
    void apply(String action) {
        if ("addVictim".equals(action)) {
            victims.add(new VictimRow());
        } else if ("addPerpetrator".equals(action)) {
            perpetrators.add(new PerpetratorRow());
        } else if (action.startsWith("removeVictim:")) {
            remove(victims, action.substring("removeVictim:".length()));
        } else if (action.startsWith("removePerpetrator:")) {
            remove(perpetrators, action.substring("removePerpetrator:".length()));
        }
    }

    private static void remove(List<?> rows, String index) {
        if (index.matches("[0-9]{1,4}") && Integer.parseInt(index) < rows.size()) {
            rows.remove(Integer.parseInt(index));
        }
    }

    /** Moves a related incident picked by its title into the list of numbers; the pick field is emptied. */
    void takePick() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*#?([0-9]{1,18})\\b.*").matcher(
                linkedPick == null ? "" : linkedPick);
        if (m.matches()) {
            List<String> numbers = new ArrayList<>(linkedIncidentList());
            if (!numbers.contains(m.group(1))) {
                numbers.add(m.group(1));
            }
            linkedIncidents = String.join(", ", numbers);
            linkedPick = "";
        }
    }

    public Integer getRevision() { return revision; }
    public void setRevision(Integer revision) { this.revision = revision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    /** The form filled in from a stored incident, for editing. */
    static IncidentPageForm of(Incident incident) {
        IncidentContent c = incident.content();
        IncidentPageForm form = new IncidentPageForm();
        form.title = c.title();
        form.summary = c.summary();
        form.date = c.date().toString();
        form.place = c.place() == null ? "" : c.place();
        form.primaryCategory = c.primaryCategory();
        form.categories = new ArrayList<>(c.categories());
        form.peopleAffected = c.peopleAffected() == null ? "" : c.peopleAffected().toString();
        form.verification = c.verification().code();
        form.independentSources = String.valueOf(c.independentSources());
        form.confidentialNotes = c.confidentialNotes() == null ? "" : c.confidentialNotes();
        form.revision = incident.revision();
        form.sources = new ArrayList<>(c.sources().stream().map(String::valueOf).toList());
        form.linkedIncidents = String.join(", ", c.linkedIncidents().stream().map(String::valueOf).toList());
        form.historical = c.historical();
        form.language = c.texts().language();
        form.shownLanguage = c.texts().language();
        c.texts().translations().forEach((code, text) -> {
            TextRow row = form.translations.get(code);
            row.setTitle(text.title());
            row.setSummary(text.summary());
        });
        form.victims = new ArrayList<>();
        for (Victim v : c.victims()) {
            VictimRow row = new VictimRow();
            row.kind = v.kind().code();
            row.role = v.role() == null ? "" : v.role();
            row.gender = v.gender() == null ? "" : v.gender().code();
            row.contact = v.contact() == null ? "" : v.contact();
            row.picked(v.name(), v.actor());
            form.victims.add(row);
        }
        form.perpetrators = new ArrayList<>();
        for (Perpetrator p : c.perpetrators()) {
            PerpetratorRow row = new PerpetratorRow();
            row.type = p.type().code();
            row.picked(p.name(), p.actor());
            form.perpetrators.add(row);
        }
        form.padRows();
        return form;
    }

    /** Blank rows up to {@link #ROWS}, so the page always offers room for another victim or perpetrator. */
    void padRows() {
        while (victims.size() < ROWS) {
            victims.add(new VictimRow());
        }
        while (perpetrators.size() < ROWS) {
            perpetrators.add(new PerpetratorRow());
        }
    }

    List<VictimRow> filledVictims() {
        return victims.stream().filter(v -> !v.blank()).toList();
    }

    List<PerpetratorRow> filledPerpetrators() {
        return perpetrators.stream().filter(p -> !p.blank()).toList();
    }

    private static <T> List<T> rows(java.util.function.Supplier<T> row) {
        List<T> list = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            list.add(row.get());
        }
        return list;
    }
}
