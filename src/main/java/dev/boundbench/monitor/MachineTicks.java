package dev.boundbench.monitor;

/**
 * The machine's CPU time since boot, summed over its cores, from the first {@code cpu} line of
 * {@code /proc/stat}.
 *
 * @param busy  user + nice + system + irq + softirq, in clock ticks
 * @param steal time the hypervisor ran something else while a core wanted to run, in clock ticks
 * @param total user + nice + system + idle + iowait + irq + softirq + steal, in clock ticks
 * @param interrupts irq + softirq, the part of {@code busy} spent serving interrupts, in clock ticks
 * @param softirq the softirq part of {@code interrupts}, in clock ticks
 */
record MachineTicks(long busy, long steal, long total, long interrupts, long softirq) {

    MachineTicks {
        if (busy < 0 || steal < 0 || busy + steal > total || interrupts < 0 || interrupts > busy || softirq < 0
                || softirq > interrupts) {
            throw new IllegalArgumentException("Needs 0 <= busy, 0 <= steal, busy + steal <= total and 0 <= softirq"
                    + " <= interrupts <= busy, got busy " + busy + ", steal " + steal + ", total " + total
                    + ", interrupts " + interrupts + ", softirq " + softirq);
        }
    }

    /** Figures whose interrupts are all hard ones, for tests. */
    MachineTicks(long busy, long steal, long total, long interrupts) {
        this(busy, steal, total, interrupts, 0);
    }

    /** Figures without interrupts, for tests and machines that report none. */
    MachineTicks(long busy, long steal, long total) {
        this(busy, steal, total, 0, 0);
    }

    /**
     * Parses the first line of {@code /proc/stat}: {@code cpu user nice system idle iowait irq
     * softirq steal guest guest_nice}; guest time is already inside user and nice.
     */
    static MachineTicks parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (!"cpu".equals(fields[0]) || fields.length < 5) {
            throw new IllegalArgumentException("Not the cpu line of /proc/stat: " + line);
        }
        long[] ticks = new long[8];
        for (int i = 0; i < ticks.length && i + 1 < fields.length; i++) {
            ticks[i] = Long.parseLong(fields[i + 1]);
        }
        long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6];
        return new MachineTicks(busy, ticks[7], busy + ticks[3] + ticks[4] + ticks[7], ticks[5] + ticks[6], ticks[6]);
    }
}
