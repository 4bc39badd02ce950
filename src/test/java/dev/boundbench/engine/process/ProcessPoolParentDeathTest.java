package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
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
        parent = ChildProcesses.startParent(PoolParent.class, mode);
        List<Long> pids = ChildProcesses.firstLineWords(parent).stream().map(Long::valueOf).toList();
        assertEquals(2, pids.size(), pids.toString());
        if (mode.equals("wait")) {
            // A parent in "exit" mode may already be gone, its shutdown hook done, by the time this runs.
            assertTrue(pids.stream().allMatch(ChildProcesses::alive), "workers alive before the parent dies");
        }
        return pids;
    }

    private void assertWorkersGone(List<Long> pids) throws InterruptedException {
        ChildProcesses.assertOutliveNoMoreThan(parent, pids, OUTLIVE_LIMIT_MILLIS);
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
        Assumptions.assumeFalse(ChildProcesses.sigintIgnored(), "SIGINT is ignored here (a background job), and so"
                + " in the parent: Ctrl-C cannot be delivered");
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
