package org.kuzet.cli;

import java.io.PrintStream;
import org.kuzet.KuzetApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a command works with: its output streams, and Kuzet's beans, started on first use. Everything Spring logs
 * goes to standard error so that a command's standard output stays machine-readable (JSON lines).
 */
public final class CommandContext implements AutoCloseable {

    private final PrintStream out;
    private final PrintStream err;
    private final String[] springArgs;
    private ConfigurableApplicationContext spring;

    CommandContext(PrintStream out, PrintStream err, String[] springArgs) {
        this.out = out;
        this.err = err;
        this.springArgs = springArgs;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public <T> T bean(Class<T> type) {
        if (spring == null) {
            System.setOut(err);
            spring = new SpringApplicationBuilder(KuzetApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    // a command prints its result and Kuzet's own warnings; the libraries' start-up chatter and the
                    // stack trace of a failed start stay out of it (Cli prints the failure's cause on one line)
                    .properties("logging.level.root=error", "logging.level.org.kuzet=warn",
                            "logging.level.org.springframework.boot.SpringApplication=off")
                    .run(springArgs);
        }
        return spring.getBean(type);
    }

    @Override
    public void close() {
        if (spring != null) {
            spring.close();
        }
    }
}
