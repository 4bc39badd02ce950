package dev.boundbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from the {@code VmRSS} line of {@code /proc/<pid>/status} (Linux). */
final class ChildRss {

    private ChildRss() {
    }

    /** The resident set of {@code pid}, in KiB. */
    static long kib(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + status + " (resident memory is read from /proc, Linux only)", e);
        }
        throw new IllegalStateException("No VmRSS line in " + status);
    }
}
