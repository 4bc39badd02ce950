package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real parent JVM ({@link PoolParent}) with one busy and one idle worker ends in three ways; no
 * worker may outlive it by more than 2 s.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProcessPoolParentDeathTest {

    private static final long OUTLIVE_LIMIT_MILLIS = 2_000;

    private Process parent;

    @AfterEach
    void killParent() throws InterruptedException {
        if (parent != null) {
            parent.destroyForcibly().waitFor();
        }
    }

    private List<Long> startParent(String mode) throws Exception {
        parent = new ProcessBuilder(ChildJvm.javaBinary().toString(), "-cp", System.getProperty("java.class.path"),
                PoolParent.class.getName(), mode).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertTrue(line != null && !line.isBlank(), "no pids from the parent");
        List<Long> pids = Arrays.stream(line.strip().split(" ")).map(Long::valueOf).toList();
        assertEquals(2, pids.size(), line);
        assertTrue(pids.stream().allMatch(ChildProcesses::alive), "workers alive before the parent dies");
        return pids;
    }

    private void assertWorkersGone(List<Long> pids) throws InterruptedException {
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS), "parent still running");
        long start = System.nanoTime();
        boolean gone = ChildProcesses.allGone(pids, OUTLIVE_LIMIT_MILLIS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(gone, "workers " + pids + " still alive " + millis + " ms after their parent died");
    }

    @Test
    void parentSigkill_workersExitWithinTwoSeconds() throws Exception {
        List<Long> pids = startParent("wait");
        parent.destroyForcibly();
        assertWorkersGone(pids);
        assertEquals(137, parent.exitValue());
    }

    @Test
    void parentCtrlC_shutdownHookStopsWorkers() throws Exception {
        List<Long> pids = startParent("wait");
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(parent.pid())).start();
        assertEquals(0, kill.waitFor());
        assertWorkersGone(pids);
        assertEquals(130, parent.exitValue());
    }

    @Test
    void parentReturnsFromMain_shutdownHookStopsWorkers() throws Exception {
        List<Long> pids = startParent("exit");
        assertWorkersGone(pids);
        assertEquals(0, parent.exitValue());
    }
}
