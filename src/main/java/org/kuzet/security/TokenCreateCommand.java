package org.kuzet.security;

import java.util.List;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/** Makes an API token for a staff account and prints it once; only its hash is kept. */
public final class TokenCreateCommand implements Command {

    @Override
    public String name() {
        return "token-create";
    }

    @Override
    public String usage() {
        return "USERNAME NAME: make an API token for scripts (printed once; use as 'Authorization: Bearer <token>')";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.size() != 2) {
            context.err().println("Usage: token-create " + usage());
            return 2;
        }
        try {
            ApiTokens.Issued issued = context.bean(ApiTokens.class).create(args.get(0), args.get(1));
            context.out().println("Token " + issued.id() + " for '" + args.get(0) + "' (shown only now): "
                    + issued.token());
            return 0;
        } catch (IllegalArgumentException e) {
            context.err().println(e.getMessage());
            return 1;
        }
    }
}
