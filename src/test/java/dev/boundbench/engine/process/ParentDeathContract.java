package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real parent JVM with a pool's processes ends in three ways (SIGKILL, Ctrl-C, its main
 * returning); no process of the pool may outlive it by more than 2 s. Each pool's test names the
 * parent and reads the pids it prints.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
public abstract class ParentDeathContract {

    private static final long OUTLIVE_LIMIT_MILLIS = 2_000;

    private Process parent;

    /**
     * The parent's main class: with the argument "wait" it starts the pool, prints the pool's pids
     * on its first line and waits; with "exit" it returns from main once it has printed them.
     */
    protected abstract Class<?> parentMain();

    /**
     * The pool's pids read from the words of the parent's first line, checking what holds while
     * the parent is sure to be alive (in "wait" mode; in "exit" mode it may already be gone).
     */
    protected abstract List<Long> pids(List<String> words, boolean parentWaits);

    /** Fails when the pool left anything behind besides its processes; the processes alone by default. */
    protected void assertNothingLeft() throws InterruptedException {
    }

    @AfterEach
    void killParent() throws InterruptedException {
        if (parent != null) {
            parent.destroyForcibly().waitFor();
        }
    }

    private List<Long> startParent(String mode) throws Exception {
        parent = ChildProcesses.startParent(parentMain(), mode);
        return pids(ChildProcesses.firstLineWords(parent), mode.equals("wait"));
    }

    private void assertPoolGone(List<Long> pids) throws InterruptedException {
        ChildProcesses.assertOutliveNoMoreThan(parent, pids, OUTLIVE_LIMIT_MILLIS);
        assertNothingLeft();
    }

    @Test
    void parentSigkill_poolProcessesExitWithinTwoSeconds() throws Exception {
        List<Long> pids = startParent("wait");
        parent.destroyForcibly();
        assertPoolGone(pids);
        assertEquals(137, parent.exitValue());
    }

    @Test
    void parentCtrlC_shutdownHookStopsThePool() throws Exception {
        Assumptions.assumeFalse(ChildProcesses.sigintIgnored(), "SIGINT is ignored here (a background job), and so"
                + " in the parent: Ctrl-C cannot be delivered");
        List<Long> pids = startParent("wait");
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(parent.pid())).start();
        assertEquals(0, kill.waitFor());
        assertPoolGone(pids);
        assertEquals(130, parent.exitValue());
    }

    @Test
    void parentReturnsFromMain_shutdownHookStopsThePool() throws Exception {
        List<Long> pids = startParent("exit");
        assertPoolGone(pids);
        assertEquals(0, parent.exitValue());
    }
}
