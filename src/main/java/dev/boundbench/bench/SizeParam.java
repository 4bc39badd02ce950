package dev.boundbench.bench;

import dev.boundbench.workload.WorkloadDescriptor;

/** The benchmarks' {@code size} parameter: a whole number, or "default" for the size the workload's annotation gives. */
final class SizeParam {

    private SizeParam() {
    }

    /** @throws IllegalArgumentException naming the text when it is neither */
    static int resolve(String size, WorkloadDescriptor workload) {
        if ("default".equals(size)) {
            return workload.defaultSize();
        }
        try {
            return Integer.parseInt(size);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("size must be an integer or \"default\", got \"" + size + "\"");
        }
    }
}
