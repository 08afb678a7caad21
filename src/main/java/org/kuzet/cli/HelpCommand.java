package org.kuzet.cli;

import java.util.List;

/** Lists the commands. */
public final class HelpCommand implements Command {

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String usage() {
        return ": list the commands";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        Cli.printUsage(context.out());
        return 0;
    }
}
