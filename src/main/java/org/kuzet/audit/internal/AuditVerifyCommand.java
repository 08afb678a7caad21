package org.kuzet.audit.internal;

import java.util.List;
import org.kuzet.audit.AuditChain;
import org.kuzet.audit.AuditVerification;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** Recomputes the audit log's hash chain; exit 1 names the first changed or removed entry. */
public final class AuditVerifyCommand implements Command {

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public String usage() {
        return ": check that no audit log entry was changed or removed (exit 1 names the first broken one)";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (!args.isEmpty()) {
            context.err().println("Usage: audit-verify " + usage());
            return 2;
        }
        AuditVerification result = context.bean(AuditChain.class).verify();
        if (result.intact()) {
            context.out().println("Audit log intact: " + result.entries() + " entries, last hash " + result.headHash());
            return 0;
        }
        context.out().println("Audit log BROKEN: " + result.problem() + " (" + result.entries()
                + " entries before it are intact)");
        return 1;
    }
}
