package org.kuzet.audit;

/**
 * What {@link AuditChain#verify()} found: how many entries it checked and the hash of the last one (write it down
 * somewhere else: that also shows when entries were cut off the end), or the first entry where the chain breaks.
 */
public record AuditVerification(long entries, String headHash, Long brokenAtSeq, String problem) {

    public boolean intact() {
        return problem == null;
    }
}
