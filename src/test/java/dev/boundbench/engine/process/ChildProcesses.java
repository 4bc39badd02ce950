package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Await;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts, counts and awaits child processes, for the fault tests (the CPython engines' too). */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /**
     * Starts {@code main} in a new JVM with this class path and the argument {@code mode}: a parent
     * for the tests on parent death.
     */
    public static Process startParent(Class<?> main, String mode) throws IOException {
        return new ProcessBuilder(ChildJvm.javaBinary().toString(), "-cp", System.getProperty("java.class.path"),
                main.getName(), mode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The words of the first line {@code process} prints; fails when it prints none. */
    public static List<String> firstLineWords(Process process) throws IOException {
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertTrue(line != null && !line.isBlank(), "no line from " + process.pid());
        return List.of(line.strip().split(" "));
    }

    /**
     * Whether this process ignores SIGINT, as a job started in the background by a non-interactive
     * shell does: its children inherit that, a JVM then installs no handler, and Ctrl-C cannot reach
     * a shutdown hook. Read from {@code /proc/self/status} (SigIgn, bit 1 for SIGINT).
     */
    public static boolean sigintIgnored() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseUnsignedLong(line.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(mask -> (mask & 2) != 0);
    }

    /** Waits for {@code parent} to end, then fails unless every pid in {@code pids} ends within {@code millis}. */
    public static void assertOutliveNoMoreThan(Process parent, List<Long> pids, long millis) throws InterruptedException {
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS), "parent still running");
        long start = System.nanoTime();
        boolean gone = allGone(pids, millis);
        long took = (System.nanoTime() - start) / 1_000_000;
        assertTrue(gone, "children " + pids + " still alive " + took + " ms after their parent died");
    }

    /** Live descendants of this JVM. */
    public static long live() {
        return ProcessHandle.current().descendants().filter(p -> alive(p.pid())).count();
    }

    /** Waits up to {@code millis} until every pid in {@code pids} has ended; true if they all did. */
    public static boolean allGone(List<Long> pids, long millis) throws InterruptedException {
        return Await.within(Duration.ofMillis(millis), () -> pids.stream().noneMatch(ChildProcesses::alive));
    }

    /** Waits up to {@code millis} until this JVM has exactly {@code count} live descendants. */
    public static long awaitLive(long count, long millis) throws InterruptedException {
        Await.within(Duration.ofMillis(millis), () -> live() == count);
        return live();
    }

    /** Alive and not a zombie: an orphan's zombie lingers until the machine's init reaps it. */
    public static boolean alive(long pid) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", Long.toString(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (java.io.IOException gone) {
            return false;
        }
    }
}
