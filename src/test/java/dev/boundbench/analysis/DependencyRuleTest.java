package dev.boundbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The analysis reads JSON files only: no class of it may refer to JMH's runtime or to another
 * boundbench package. Checked on the compiled classes' constant pools, where every referenced
 * class name sits in internal form ({@code org/openjdk/jmh/...}).
 */
class DependencyRuleTest {

    private static final List<String> FORBIDDEN = List.of("org/openjdk/jmh", "dev/boundbench/workload",
            "dev/boundbench/engine", "dev/boundbench/bench", "dev/boundbench/launcher", "dev/boundbench/server");

    @Test
    void analysisClasses_referNoJmhNorOtherBoundbenchPackage() throws IOException, URISyntaxException {
        Path root = Path.of(AnalysisCli.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("dev/boundbench/analysis");
        List<String> offences = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes++;
                String pool = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String forbidden : FORBIDDEN) {
                    if (pool.contains(forbidden)) {
                        offences.add(root.relativize(file) + " refers to " + forbidden);
                    }
                }
            }
        }
        assertFalse(classes < 20, "found only " + classes + " classes under " + root);
        assertEquals(List.of(), offences);
    }

    @Test
    void analysisSources_importNoJmhNorOtherBoundbenchPackage() throws IOException {
        Path root = Path.of("src/main/java/dev/boundbench/analysis");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    for (String forbidden : FORBIDDEN) {
                        if (line.startsWith("import") && line.contains(forbidden.replace('/', '.'))) {
                            offences.add(root.relativize(file) + ": " + line.trim());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
