package org.kuzet.incident;

/** An evidence file attached to an incident: its address in the evidence store and the name it came with. */
public record EvidenceFile(String sha256, String name) {

    /** The form keeps an attached file across answers as {@code sha256|name}. */
    public static EvidenceFile of(String kept) {
        int bar = kept.indexOf('|');
        return bar < 0 ? new EvidenceFile(kept, kept) : new EvidenceFile(kept.substring(0, bar), kept.substring(bar + 1));
    }

    public String kept() {
        return sha256 + "|" + name;
    }
}
