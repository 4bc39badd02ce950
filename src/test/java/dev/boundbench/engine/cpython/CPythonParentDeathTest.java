package dev.boundbench.engine.cpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.process.ChildProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real parent JVM ({@link CPythonParent}) with a Python worker and its two ProcessPoolExecutor
 * children, one of them busy, ends in three ways; no Python process may outlive it by more than
 * 2 s, and the scratch folder goes with them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CPythonParentDeathTest {

    private static final long OUTLIVE_LIMIT_MILLIS = 2_000;

    private Process parent;
    private Path scratch;

    @AfterEach
    void killParent() throws InterruptedException {
        if (parent != null) {
            parent.destroyForcibly().waitFor();
        }
    }

    private List<Long> startParent(String mode) throws Exception {
        parent = ChildProcesses.startParent(CPythonParent.class, mode);
        List<String> words = ChildProcesses.firstLineWords(parent);
        assertEquals(4, words.size(), words.toString());
        scratch = Path.of(words.get(3));
        List<Long> pids = words.subList(0, 3).stream().map(Long::valueOf).toList();
        if (mode.equals("wait")) {
            // A parent in "exit" mode may already be gone, its shutdown hook done, by the time this runs.
            assertTrue(pids.stream().allMatch(ChildProcesses::alive), "Python processes alive before the parent dies");
            assertTrue(Files.isDirectory(scratch), scratch.toString());
        }
        return pids;
    }

    private void assertPythonGone(List<Long> pids) throws InterruptedException {
        ChildProcesses.assertOutliveNoMoreThan(parent, pids, OUTLIVE_LIMIT_MILLIS);
        for (int i = 0; i < 50 && Files.exists(scratch); i++) {
            Thread.sleep(20);
        }
        assertFalse(Files.exists(scratch), "scratch folder " + scratch + " left behind");
    }

    @Test
    void parentSigkill_pythonWorkerAndChildrenExitWithinTwoSeconds() throws Exception {
        List<Long> pids = startParent("wait");
        parent.destroyForcibly();
        assertPythonGone(pids);
        assertEquals(137, parent.exitValue());
    }

    @Test
    void parentCtrlC_shutdownHookStopsThem() throws Exception {
        Assumptions.assumeFalse(ChildProcesses.sigintIgnored(), "SIGINT is ignored here (a background job), and so"
                + " in the parent: Ctrl-C cannot be delivered");
        List<Long> pids = startParent("wait");
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(parent.pid())).start();
        assertEquals(0, kill.waitFor());
        assertPythonGone(pids);
        assertEquals(130, parent.exitValue());
    }

    @Test
    void parentReturnsFromMain_shutdownHookStopsThem() throws Exception {
        List<Long> pids = startParent("exit");
        assertPythonGone(pids);
        assertEquals(0, parent.exitValue());
    }
}
