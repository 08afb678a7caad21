package org.kuzet.security;

import java.util.List;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** Revokes an API token by its number; it stops working at once. */
public final class TokenRevokeCommand implements Command {

    @Override
    public String name() {
        return "token-revoke";
    }

    @Override
    public String usage() {
        return "ID: revoke an API token";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        long id;
        try {
            if (args.size() != 1) {
                throw new NumberFormatException();
            }
            id = Long.parseLong(args.get(0));
        } catch (NumberFormatException e) {
            context.err().println("Usage: token-revoke " + usage());
            return 2;
        }
        if (!context.bean(ApiTokens.class).revoke(id)) {
            context.err().println("id: no live token " + id);
            return 1;
        }
        context.out().println("Token " + id + " revoked");
        return 0;
    }
}
