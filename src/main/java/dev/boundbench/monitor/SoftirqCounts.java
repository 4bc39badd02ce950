package dev.boundbench.monitor;

/**
 * How many software interrupts the machine has served since boot, from {@code /proc/softirqs}
 * (summed over its cores): the network's (NET_RX and NET_TX) and all of them. The kernel keeps
 * counts, not time, per kind; their ratio tells which kind the softirq time of {@code /proc/stat}
 * was mostly spent on.
 *
 * @param network NET_RX + NET_TX
 * @param total every kind
 */
record SoftirqCounts(long network, long total) {

    SoftirqCounts {
        if (network < 0 || total < network) {
            throw new IllegalArgumentException("Needs 0 <= network <= total, got network " + network + ", total "
                    + total);
        }
    }

    /**
     * The network's share of the softirqs served since {@code earlier}, 0 to 1; 0 when none were.
     * Loopback traffic makes nearly all of them NET_RX.
     */
    double networkShareSince(SoftirqCounts earlier) {
        long all = total - earlier.total;
        return all <= 0 ? 0 : Math.min(1, Math.max(0, (double) (network - earlier.network) / all));
    }

    /** Parses {@code /proc/softirqs}: a header of CPU names, then one line per kind with a count per CPU. */
    static SoftirqCounts parse(String text) {
        long network = 0;
        long total = 0;
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].trim().split("\\s+");
            if (fields.length < 2 || !fields[0].endsWith(":")) {
                continue;
            }
            long sum = 0;
            for (int f = 1; f < fields.length; f++) {
                sum += Long.parseLong(fields[f]);
            }
            total += sum;
            if (fields[0].equals("NET_RX:") || fields[0].equals("NET_TX:")) {
                network += sum;
            }
        }
        return new SoftirqCounts(network, total);
    }
}
