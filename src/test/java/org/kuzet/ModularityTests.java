package org.kuzet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

/**
 * Keeps Kuzet's shape: each top-level package under {@code org.kuzet} is a module, modules do not depend on each
 * other in a cycle, and a module reaches another only through its API (its top-level package or a named
 * interface, never an {@code internal} sub-package). See docs/architecture.md.
 */
class ModularityTests {

    static final String KNOWN_VIOLATIONS = "modularity-known-violations.txt";
    static final Path DOCS = Path.of("target/spring-modulith-docs");
    static final ApplicationModules MODULES = ApplicationModules.of(KuzetApplication.class);

    /** A cycle's message lists the slices, then the numbered dependencies that close it (with line numbers). */
    private static final Pattern DETAIL = Pattern.compile("^\\s*\\d+\\. .*");

    @Test
    void modulesKeepTheirShape() {
        Set<String> found = new TreeSet<>(cyclesIncludingOpenModules());
        MODULES.detectViolations().getMessages().stream().map(ModularityTests::headline).forEach(found::add);
        KnownViolations.assertOnlyKnown(KNOWN_VIOLATIONS, found);
    }

    /**
     * Writes the pictures that docs/architecture.md and the README copy: the whole module graph and each module's
     * canvas (Spring Modulith's Documenter, PlantUML and AsciiDoc), and the graph of the closed (feature) modules as
     * Mermaid, leaving out the open shared modules that nearly everyone uses.
     */
    @Test
    void writesTheModulePictures() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML))
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.resolve("features").toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramStyle.UML)
                        .withExclusions(ApplicationModule::isOpen));
        assertThat(DOCS.resolve("components.puml")).content().contains("Incident", "Legalcase", "Report", "Api");
        assertThat(DOCS.resolve("features/components.puml")).content().contains("Incident").doesNotContain("==Api");

        Path mermaid = Files.writeString(DOCS.resolve("features.mmd"), featuresAsMermaid());
        assertThat(mermaid).content().contains("workspace --> incident");
    }

    static String featuresAsMermaid() {
        StringBuilder mermaid = new StringBuilder("flowchart TD\n");
        MODULES.stream().filter(m -> !m.isOpen()).sorted(Comparator.comparing(ModularityTests::name))
                .forEach(m -> dependencies(m).stream().filter(d -> !MODULES.getModuleByName(d).orElseThrow().isOpen())
                        .forEach(d -> mermaid.append("  ").append(name(m)).append(" --> ").append(d).append('\n')));
        return mermaid.toString();
    }

    @Test
    void theReadmePictureShowsTheModulesAsTheyAre() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).as("README's Mermaid picture of the feature modules; replace it with the one expected")
                .contains("```mermaid\n" + featuresAsMermaid() + "```\n");
    }

    @Test
    void everyModuleHasItsParagraphInTheArchitectureGuide() throws IOException {
        String guide = Files.readString(Path.of("docs/architecture.md"));
        List<String> missing = MODULES.stream().map(ModularityTests::name)
                .filter(name -> !guide.contains("### " + name + "\n")).toList();
        assertThat(missing).as("modules without a '### name' paragraph in docs/architecture.md").isEmpty();
    }

    /**
     * Spring Modulith leaves open modules out of its cycle check; Kuzet's shared modules are open so that any
     * module may use any of their types, but they must not close a cycle either, so every module is looked at here.
     * A cycle is named by the modules in it, which stay the same however many references close it.
     */
    static Set<String> cyclesIncludingOpenModules() {
        Map<String, Set<String>> reach = new TreeMap<>();
        MODULES.stream().forEach(m -> reach.put(name(m), reachableFrom(name(m))));
        Set<String> cycles = new TreeSet<>();
        reach.forEach((module, reached) -> {
            Set<String> cycle = new TreeSet<>(reached.stream().filter(other -> reach.get(other).contains(module))
                    .toList());
            if (!cycle.isEmpty()) {
                cycle.add(module);
                cycles.add("Modules depending on each other in a cycle: " + String.join(", ", cycle));
            }
        });
        return cycles;
    }

    private static Set<String> reachableFrom(String start) {
        Set<String> reached = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(start));
        while (!next.isEmpty()) {
            for (String d : dependencies(MODULES.getModuleByName(next.pop()).orElseThrow())) {
                if (reached.add(d)) {
                    next.push(d);
                }
            }
        }
        return reached;
    }

    private static Set<String> dependencies(ApplicationModule module) {
        return new TreeSet<>(module.getDirectDependencies(MODULES).uniqueModules().map(ModularityTests::name)
                .filter(d -> !d.equals(name(module))).toList());
    }

    private static String name(ApplicationModule module) {
        return module.getIdentifier().toString();
    }

    /**
     * The part of a violation's message that stays put while code moves: without the line numbers and the list of
     * the single references, so that the checked-in list does not change with every edit.
     */
    static String headline(String message) {
        List<String> lines = message.lines().toList();
        if (!message.startsWith("Cycle detected")) {
            return lines.getFirst().strip();
        }
        return String.join(" ", lines.stream().takeWhile(l -> !DETAIL.matcher(l).matches()).map(String::strip)
                .toList());
    }
}
