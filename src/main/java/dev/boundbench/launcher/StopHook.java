package dev.boundbench.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (SIGINT) or SIGTERM while the matrix is measured: a JVM shutdown hook that ends every
 * process the launcher started — JMH's fork with SIGTERM first, so that it stops its process-pool
 * workers and deletes its scratch files, then whatever is left of the tree, forcibly — and then
 * runs the given action (the partial report) before the JVM exits with 130 or 143. The main
 * thread, whose JMH run fails meanwhile, calls {@link #parkIfStopping()} instead of reporting it,
 * and {@link #disarm()} once the measurements are over.
 */
final class StopHook {

    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Thread hook;
    private volatile boolean stopping;

    StopHook(Runnable onStop) {
        hook = new Thread(() -> {
            stopping = true;
            endChildren();
            onStop.run();
        }, "boundbench-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean stopping() {
        return stopping;
    }

    /** Waits for the JVM to end when the hook has started; returns at once otherwise. */
    void parkIfStopping() {
        while (stopping) {
            try {
                Thread.sleep(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The measurements are over: Ctrl-C exits plainly from now on. Safe to call twice. */
    void disarm() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            parkIfStopping();
        }
    }

    /**
     * Ends this JVM's child processes and their descendants, taken before the children end: an
     * orphaned grandchild is no longer a descendant. Repeats while new children appear (JMH may
     * have started the next fork meanwhile).
     */
    static void endChildren() {
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> tree = ProcessHandle.current().descendants().toList();
            if (tree.isEmpty()) {
                return;
            }
            List<ProcessHandle> children = ProcessHandle.current().children().toList();
            children.forEach(ProcessHandle::destroy);
            for (ProcessHandle child : children) {
                awaitExit(child, deadline);
            }
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : tree) {
                awaitExit(process, System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
            }
        }
    }

    private static void awaitExit(ProcessHandle process, long deadlineNanos) {
        try {
            process.onExit().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception notYet) {
            // Killed forcibly next, or already gone.
        }
    }
}
