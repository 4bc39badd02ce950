package dev.boundbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.boundbench.engine.cpython.CPythonPool;
import dev.boundbench.engine.process.ProcessPool;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine rooms' direction: {@code engine} (where {@link EngineType} builds every engine) may
 * use {@code engine.process} and {@code engine.cpython}, never the other way round. The process
 * pool uses the {@link Engine} contract and the workloads; the CPython engines those and the
 * process pool's framing. Checked on the sources' imports and on the compiled classes' constant
 * pools, where every referenced class sits in internal form ({@code dev/boundbench/engine/EngineType}).
 */
class EngineRoomsDependencyTest {

    private static final String ENGINE_TYPE = "dev.boundbench.engine.EngineType";

    /** The boundbench packages each room may refer to, besides its own. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "dev.boundbench.engine.process", Set.of("dev.boundbench.engine", "dev.boundbench.workload"),
            "dev.boundbench.engine.cpython", Set.of("dev.boundbench.engine", "dev.boundbench.engine.process",
                    "dev.boundbench.workload"));

    private static final Pattern CLASS_IN_POOL = Pattern.compile("dev/boundbench/[a-z0-9/]+/[A-Z][A-Za-z0-9_$]*");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.boundbench\\.[a-z0-9.]+)\\.[A-Z]");

    @ParameterizedTest
    @ValueSource(strings = {"dev.boundbench.engine.process", "dev.boundbench.engine.cpython"})
    void roomClasses_referToNoEngineTypeNorAnyRoomOutsideTheirOwn(String room) throws IOException, URISyntaxException {
        Path root = classesRoot().resolve(room.replace('.', '/'));
        List<String> offences = new ArrayList<>();
        int classes = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes++;
                Matcher referred = CLASS_IN_POOL.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                Set<String> names = new TreeSet<>();
                while (referred.find()) {
                    names.add(referred.group().replace('/', '.'));
                }
                for (String name : names) {
                    if (!allowed(room, name)) {
                        offences.add(file.getFileName() + " refers to " + name);
                    }
                }
            }
        }
        assertFalse(classes < 5, "found only " + classes + " classes under " + root);
        assertEquals(List.of(), offences);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.boundbench.engine.process", "dev.boundbench.engine.cpython"})
    void roomSources_importNoEngineTypeNorAnyRoomOutsideTheirOwn(String room) throws IOException {
        Path root = Path.of("src/main/java").resolve(room.replace('.', '/'));
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    Matcher imported = IMPORT.matcher(line);
                    if (line.contains(ENGINE_TYPE) || imported.find() && !allowedPackage(room, imported.group(1))) {
                        offences.add(file.getFileName() + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }

    private static boolean allowed(String room, String className) {
        String name = className.replaceAll("\\$.*", "");
        return !name.equals(ENGINE_TYPE) && allowedPackage(room, name.substring(0, name.lastIndexOf('.')));
    }

    private static boolean allowedPackage(String room, String pkg) {
        return pkg.equals(room) || ALLOWED.get(room).contains(pkg);
    }

    /** The folder of the main classes: both rooms' classes are loaded from it. */
    private static Path classesRoot() throws URISyntaxException {
        Path root = Path.of(ProcessPool.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(root, Path.of(CPythonPool.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return root;
    }
}
