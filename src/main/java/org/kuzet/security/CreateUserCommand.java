package org.kuzet.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;

/**
 * Makes a staff account. There is no default password: the first admin is made with this command. The password
 * comes from KUZET_PASSWORD, or one is generated and printed once.
 */
public final class CreateUserCommand implements Command {

    @Override
    public String name() {
        return "create-user";
    }

    @Override
    public String usage() {
        return "USERNAME ROLE(admin|editor|monitor|correspondent): make a staff account (password from KUZET_PASSWORD or generated)";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (args.size() != 2) {
            context.err().println("Usage: create-user " + usage());
            return 2;
        }
        Role role;
        try {
            role = Role.valueOf(args.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            context.err().println("role: must be one of admin, editor, monitor, correspondent, not '" + args.get(1) + "'");
            return 2;
        }
        String given = System.getenv("KUZET_PASSWORD");
        String password = given != null && !given.isBlank() ? given : generated();
        StaffAccounts accounts = context.bean(StaffAccounts.class);
        if (accounts.exists(args.get(0))) {
            context.err().println("username: '" + args.get(0) + "' already exists");
            return 1;
        }
        accounts.create(args.get(0), args.get(0), password, role);
        context.out().println("Created " + role.name().toLowerCase(Locale.ROOT) + " '" + args.get(0) + "'"
                + (given == null || given.isBlank() ? " with password: " + password : ""));
        return 0;
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
