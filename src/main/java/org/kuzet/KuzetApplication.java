package org.kuzet;

import org.kuzet.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Kuzet web application, or, when the first argument names a command ({@code import}, {@code export},
 * ...), runs that command and exits. Commands that need no database start none.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KuzetApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(KuzetApplication.class, args);
    }
}
