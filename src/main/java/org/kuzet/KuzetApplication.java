package org.kuzet;

import org.kuzet.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Starts the Kuzet web application, or, when the first argument names a command ({@code import}, {@code export},
 * ...), runs that command and exits. Commands that need no database start none.
 */
// Beans are named by their full class name: features are packages, and two features may well both have a
// class called, say, References.
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@ConfigurationPropertiesScan
public class KuzetApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(KuzetApplication.class, args);
    }
}
