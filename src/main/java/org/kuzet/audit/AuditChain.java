package org.kuzet.audit;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit log in order and recomputes every hash: an entry whose content was changed no longer matches its
 * hash; a removed entry leaves a gap in the sequence and breaks the link from the next entry to the one before.
 */
@Component
public class AuditChain {

    private final JdbcTemplate jdbc;

    AuditChain(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Walk walk = new Walk();
        jdbc.setFetchSize(1000);
        jdbc.query(AuditEntries.SELECT + " order by seq", rs -> {
            if (walk.problem.get() == null) {
                walk.check(AuditEntries.map(rs, 0));
            }
        });
        return new AuditVerification(walk.count, walk.prevHash, walk.brokenAt, walk.problem.get());
    }

    private static final class Walk {
        long count;
        long prevSeq;
        String prevHash = AuditHash.GENESIS;
        Long brokenAt;
        final AtomicReference<String> problem = new AtomicReference<>();

        void check(AuditEntry entry) {
            if (!entry.expectedHash().equals(entry.hash())) {
                broken(entry, "entry " + entry.seq() + " (id " + entry.id() + ") was changed: its content no longer "
                        + "matches its hash");
            } else if (entry.seq() != prevSeq + 1) {
                broken(entry, "entries " + (prevSeq + 1) + (entry.seq() - 1 > prevSeq + 1 ? "-" + (entry.seq() - 1) : "")
                        + " before entry " + entry.seq() + " (id " + entry.id() + ") were removed");
            } else if (!entry.prevHash().equals(prevHash)) {
                broken(entry, "entry " + entry.seq() + " (id " + entry.id() + ") does not follow the entry before it: "
                        + "an earlier entry was changed or replaced");
            } else {
                count++;
                prevSeq = entry.seq();
                prevHash = entry.hash();
            }
        }

        private void broken(AuditEntry entry, String message) {
            brokenAt = entry.seq();
            problem.set(message);
        }
    }
}
