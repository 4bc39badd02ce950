package dev.boundbench.engine.process;

import java.util.List;

/** Counts and awaits this JVM's child processes, for the fault tests (the CPython engines' too). */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Live descendants of this JVM. */
    public static long live() {
        return ProcessHandle.current().descendants().filter(p -> alive(p.pid())).count();
    }

    /** Waits up to {@code millis} until every pid in {@code pids} has ended; true if they all did. */
    public static boolean allGone(List<Long> pids, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (pids.stream().noneMatch(ChildProcesses::alive)) {
                return true;
            }
            Thread.sleep(20);
        }
        return pids.stream().noneMatch(ChildProcesses::alive);
    }

    /** Waits up to {@code millis} until this JVM has exactly {@code count} live descendants. */
    public static long awaitLive(long count, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (live() != count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
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
