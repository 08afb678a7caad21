package org.kuzet.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.springframework.core.NestedExceptionUtils;

/** Finds the command named by the first argument and runs it. */
public final class Cli {

    private Cli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Optional<Command> command = find(args[0]);
        if (command.isEmpty()) {
            err.println("Unknown command: " + args[0]);
            printUsage(err);
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        String[] springArgs = rest.stream().filter(a -> a.startsWith("--spring.") || a.startsWith("--kuzet."))
                .toArray(String[]::new);
        List<String> commandArgs = rest.stream().filter(a -> !a.startsWith("--spring.") && !a.startsWith("--kuzet."))
                .toList();
        try (CommandContext context = new CommandContext(out, err, springArgs)) {
            return command.get().run(commandArgs, context);
        } catch (Exception e) {
            // the cause itself, not the framework's wrapping of it ("Error creating bean ...")
            err.println(command.get().name() + " failed: " + NestedExceptionUtils.getMostSpecificCause(e).getMessage());
            return 1;
        }
    }

    static Optional<Command> find(String name) {
        return commands().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static List<Command> commands() {
        return ServiceLoader.load(Command.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(Command::name)).toList();
    }

    static void printUsage(PrintStream err) {
        err.println("Usage: java -jar kuzet.jar [COMMAND ARGS...]   (no command: start the web application)");
        for (Command c : commands()) {
            err.println("  " + c.name() + " " + c.usage());
        }
    }
}
