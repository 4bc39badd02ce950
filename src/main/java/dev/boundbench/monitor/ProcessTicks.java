package dev.boundbench.monitor;

import java.util.Objects;

/**
 * One process's CPU time from {@code /proc/<pid>/stat}.
 *
 * @param pid    the process id
 * @param name   the command name ({@code comm}), at most 15 characters
 * @param own    utime + stime of the process (all its threads), in clock ticks
 * @param reaped cutime + cstime: the CPU of the children it has waited for, in clock ticks
 * @param parent the parent's pid ({@code ppid}); 2 ({@code kthreadd}) for the kernel's own threads
 */
record ProcessTicks(long pid, String name, long own, long reaped, long parent) {

    /** The pid of {@code kthreadd}, parent of every kernel thread. */
    static final long KTHREADD = 2;

    /** A process whose parent does not matter, for tests. */
    ProcessTicks(long pid, String name, long own, long reaped) {
        this(pid, name, own, reaped, 1);
    }

    /**
     * The ticks a process used since an earlier reading of the same pid ({@code earlier}, or null
     * when there was none): all of them when it is new or its pid was reused meanwhile.
     */
    static long ticksSince(long now, Long earlier) {
        return earlier == null || earlier > now ? now : now - earlier;
    }

    /** Whether this is one of the kernel's own threads (kworker, jbd2, ksoftirqd …). */
    boolean kernelThread() {
        return pid == KTHREADD || parent == KTHREADD;
    }

    ProcessTicks {
        Objects.requireNonNull(name, "name");
        if (pid <= 0 || own < 0 || reaped < 0) {
            throw new IllegalArgumentException("Needs pid > 0 and CPU ticks >= 0, got pid " + pid + ", own " + own
                    + ", reaped " + reaped);
        }
    }

    /**
     * Parses {@code pid (comm) state ppid ...}: the name may hold spaces and parentheses, so the
     * fields are counted from the last {@code ')'}; utime is field 14, cstime field 17.
     */
    static ProcessTicks parse(long pid, String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
            throw new IllegalArgumentException("Not a /proc/<pid>/stat line: " + stat);
        }
        String[] fields = stat.substring(close + 1).trim().split(" ");
        // fields[0] is field 3 (the state), so field n sits at n - 3.
        return new ProcessTicks(pid, stat.substring(open + 1, close),
                Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                Long.parseLong(fields[13]) + Long.parseLong(fields[14]), Long.parseLong(fields[1]));
    }
}
