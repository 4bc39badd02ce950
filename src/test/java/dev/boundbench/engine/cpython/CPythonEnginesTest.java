package dev.boundbench.engine.cpython;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.process.ChildProcesses;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadRunner;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each CPython engine end to end with a real interpreter: every built-in workload's Python twin at
 * its smallest sizes returns exactly the JVM's result, and nothing is left behind.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CPythonEnginesTest {

    private static final List<Task> SMALLEST = List.of(new Task("fib", 0), new Task("fib", 1), new Task("fib", 12),
            new Task("prime-sum", 0), new Task("prime-sum", 2), new Task("prime-sum", 3), new Task("prime-sum", 100),
            new Task("sleep", 0), new Task("sleep", 1), new Task("file-copy", 0), new Task("file-copy", 1),
            new Task("file-copy", 65));

    private WorkloadRunner jvm;

    @BeforeEach
    void noChildren() throws Exception {
        assertEquals(0, ChildProcesses.awaitLive(0, 2_000), "children left by an earlier test");
        noteScriptsBefore();
        jvm = WorkloadRunner.withDiscoveredWorkloads();
    }

    @AfterEach
    void nothingLeft() throws Exception {
        jvm.close();
        assertEquals(0, ChildProcesses.awaitLive(0, 2_000), "Python processes left after close");
        assertEquals(List.of(), workerScripts(), "worker scripts left in " + tmp());
    }

    @ParameterizedTest
    @EnumSource(value = EngineType.class, names = "CPYTHON_.*", mode = EnumSource.Mode.MATCH_ALL)
    void run_everyTwinAtItsSmallestSizes_returnsTheJvmsResults(EngineType type) throws Exception {
        long[] expected = new long[SMALLEST.size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = jvm.run(SMALLEST.get(i));
        }
        assertArrayEquals(new long[] {0, 1, 144, 0, 2, 5, 1060, 0, 1, 0, 1024, 66_560}, expected, "the JVM's results");
        Path scratch;
        try (Engine engine = type.create(2, jvm)) {
            CPythonPool pool = (CPythonPool) engine;
            scratch = pool.scratchFolder();
            assertArrayEquals(expected, engine.run(SMALLEST));
            assertArrayEquals(expected, engine.run(SMALLEST), "a second batch on the same worker");
            assertEquals(1, pool.workerStarts());
            assertEquals(type == EngineType.CPYTHON_PROCESSES ? 2 : 0, pool.childPids().size(),
                    "ProcessPoolExecutor children: " + pool.childPids());
            assertEquals(List.of(), copiesIn(scratch), "the file-copy twin deletes its copies");
        }
        assertFalse(Files.exists(scratch), "scratch folder " + scratch + " deleted on close");
    }

    @ParameterizedTest
    @EnumSource(value = EngineType.class, names = "CPYTHON_.*", mode = EnumSource.Mode.MATCH_ALL)
    void ping_roundTripsWithoutThePool(EngineType type) throws Exception {
        try (CPythonPool pool = (CPythonPool) type.create(1, jvm)) {
            for (int i = 0; i < 100; i++) {
                pool.ping();
            }
            assertArrayEquals(new long[] {55}, pool.run(List.of(new Task("fib", 10))), "tasks after pings");
        }
    }

    @Test
    void probe_describesTheInterpreterAndItsTwins() throws Exception {
        PythonInterpreter python = PythonInterpreter.probe(CPythonOptions.fromSystemProperties());
        assertEquals(Set.of("fib", "prime-sum", "sleep", "file-copy"), python.twins());
        assertTrue(python.version().matches("3\\.\\d+\\.\\d+"), python.version());
        assertTrue(Files.isExecutable(Path.of(python.executable())), python.executable());
        assertTrue(python.describe().matches("CPython 3\\.\\d+\\.\\d+( free-threaded)? \\(.+\\), GIL (on|off)"),
                python.describe());
        assertEquals(List.of(), workerScripts(), "the probe deletes its script");
    }

    @Test
    void probe_missingInterpreter_saysSo() {
        PythonUnavailableException missing = org.junit.jupiter.api.Assertions.assertThrows(
                PythonUnavailableException.class, () -> PythonInterpreter.probe(
                        CPythonOptions.fromSystemProperties().withPython("/nonexistent/python3")));
        assertEquals("/nonexistent/python3 does not exist", missing.getMessage());
        PythonUnavailableException notOnPath = org.junit.jupiter.api.Assertions.assertThrows(
                PythonUnavailableException.class, () -> PythonInterpreter.probe(
                        CPythonOptions.fromSystemProperties().withPython("no-such-python-here")));
        assertEquals("no-such-python-here was not found on the PATH", notOnPath.getMessage());
    }

    private static Path tmp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Worker scripts in the temporary folder, or in scratch folders under it, that were not there
     * before the test ({@link #scriptsBefore}); folders this user cannot read are passed over.
     */
    static List<Path> workerScripts() throws IOException {
        List<Path> found = new ArrayList<>(allWorkerScripts());
        found.removeAll(scriptsBefore);
        return found;
    }

    /** The worker scripts another run may have left, taken before each test. */
    private static Set<Path> scriptsBefore = Set.of();

    /** Notes the worker scripts already in the temporary folder, so that only a test's own count. */
    static void noteScriptsBefore() throws IOException {
        scriptsBefore = Set.copyOf(allWorkerScripts());
    }

    private static List<Path> allWorkerScripts() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(tmp(), Set.of(), 2, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().startsWith("boundbench-worker-")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    private static List<Path> copiesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("copy-")).toList();
        }
    }
}
