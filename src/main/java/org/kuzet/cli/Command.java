package org.kuzet.cli;

import java.util.List;

/**
 * A command of the jar: {@code java -jar kuzet.jar NAME ARGS...}. Implementations are listed in
 * {@code META-INF/services/org.kuzet.cli.Command} and need a public no-argument constructor. A command that needs
 * the database asks the context for beans, which starts Kuzet without its web server; one that does not, never
 * starts a database.
 */
public interface Command {

    String name();

    /** One line: arguments and what the command does. */
    String usage();

    /** @return the process exit code: 0 done, 1 input rejected or check failed, 2 wrong usage */
    int run(List<String> args, CommandContext context) throws Exception;
}
