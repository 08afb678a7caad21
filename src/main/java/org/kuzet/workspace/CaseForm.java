package org.kuzet.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The legal case form as typed: money as the person wrote it ("78 100 000"), parties as rows of a name (an actor
 * picked from the suggestions or any name) and a procedural role. Rows are added and removed by the form's own
 * buttons, so it works without scripts.
 */
public class CaseForm {

    /** One party: the name as written in the case and its role in the proceeding. */
    public static class Party {
        private String name = "";
        private String role = "defendant";

        public Party() {
        }

        Party(String name, String role) {
            this.name = name;
            this.role = role;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }

        boolean isBlank() {
            return name == null || name.isBlank();
        }
    }

    private String title = "";
    private String kind = "civil";
    private String direction = "against_media";
    private String basis = "";
    private String court = "";
    private String openedOn = "";
    private String stage = "";
    private String claimed = "";
    private String awarded = "";
    private String collected = "";
    private boolean honourAndDignity;
    private List<Party> parties = new ArrayList<>();
    private Integer revision;
    private Long incident;

    /** A blank form with two party rows (a claim usually has a plaintiff and a defendant). */
    static CaseForm blank() {
        CaseForm form = new CaseForm();
        form.parties.add(new Party("", "plaintiff"));
        form.parties.add(new Party("", "defendant"));
        return form;
    }

    /** The form filled from a case as {@code LegalCaseBook.shown} gives it. */
    @SuppressWarnings("unchecked")
    static CaseForm of(Map<String, Object> shown) {
        CaseForm form = new CaseForm();
        form.title = text(shown.get("title"));
        form.kind = text(shown.get("kind"));
        form.direction = text(shown.get("direction"));
        form.basis = text(shown.get("basis"));
        form.court = text(shown.get("court"));
        form.openedOn = text(shown.get("opened_on"));
        form.stage = text(shown.get("stage"));
        form.claimed = text(shown.get("claimed_kzt"));
        form.awarded = text(shown.get("awarded_kzt"));
        form.collected = text(shown.get("collected_kzt"));
        form.honourAndDignity = Boolean.TRUE.equals(shown.get("honour_and_dignity"));
        for (Map<String, Object> p : (List<Map<String, Object>>) shown.get("parties")) {
            form.parties.add(new Party(text(p.get("name")), text(p.get("role"))));
        }
        form.revision = (Integer) shown.get("revision");
        return form;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Adds an empty party row, or removes the row at {@code index}, as the form's buttons ask. */
    void apply(String action) {
        if ("addParty".equals(action)) {
            parties.add(new Party());
        } else if (action != null && action.startsWith("removeParty:")) {
            int index = Integer.parseInt(action.substring("removeParty:".length()));
            if (index >= 0 && index < parties.size()) {
                parties.remove(index);
            }
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getDirection() { return direction; }
    public void setDirection(String direction) { this.direction = direction; }
    public String getBasis() { return basis; }
    public void setBasis(String basis) { this.basis = basis; }
    public String getCourt() { return court; }
    public void setCourt(String court) { this.court = court; }
    public String getOpenedOn() { return openedOn; }
    public void setOpenedOn(String openedOn) { this.openedOn = openedOn; }
    public String getStage() { return stage; }
    public void setStage(String stage) { this.stage = stage; }
    public String getClaimed() { return claimed; }
    public void setClaimed(String claimed) { this.claimed = claimed; }
    public String getAwarded() { return awarded; }
    public void setAwarded(String awarded) { this.awarded = awarded; }
    public String getCollected() { return collected; }
    public void setCollected(String collected) { this.collected = collected; }
    public boolean isHonourAndDignity() { return honourAndDignity; }
    public void setHonourAndDignity(boolean honourAndDignity) { this.honourAndDignity = honourAndDignity; }
    public List<Party> getParties() { return parties; }
    public void setParties(List<Party> parties) { this.parties = parties; }
    public Integer getRevision() { return revision; }
    public void setRevision(Integer revision) { this.revision = revision; }
    public Long getIncident() { return incident; }
    public void setIncident(Long incident) { this.incident = incident; }
}
