package dev.boundbench.monitor;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Linux {@code /proc} files the monitor needs, under a root that a test can point
 * elsewhere. Any problem (no such file, no permission, a process gone, an odd line) reads as
 * "not measured": an empty result, never an exception.
 */
final class ProcFiles {

    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux the JDK runs on ({@code getconf CLK_TCK}). */
    static final long TICKS_PER_SECOND = 100;

    static final long NANOS_PER_TICK = 1_000_000_000L / TICKS_PER_SECOND;

    private final Path root;

    ProcFiles(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The machine's CPU ticks, or empty when {@code stat} cannot be read. */
    Optional<MachineTicks> machine() {
        try (BufferedReader reader = Files.newBufferedReader(root.resolve("stat"))) {
            String first = reader.readLine();
            return first == null ? Optional.empty() : Optional.of(MachineTicks.parse(first));
        } catch (IOException | RuntimeException notMeasured) {
            return Optional.empty();
        }
    }

    /** The machine's softirq counts, or empty when {@code softirqs} cannot be read. */
    Optional<SoftirqCounts> softirqs() {
        try {
            return Optional.of(SoftirqCounts.parse(Files.readString(root.resolve("softirqs"))));
        } catch (IOException | RuntimeException notMeasured) {
            return Optional.empty();
        }
    }

    /** One process's CPU ticks, or empty when it is gone or unreadable. */
    Optional<ProcessTicks> process(long pid) {
        try {
            String stat = Files.readString(root.resolve(Long.toString(pid)).resolve("stat"));
            return Optional.of(ProcessTicks.parse(pid, stat));
        } catch (IOException | RuntimeException notMeasured) {
            return Optional.empty();
        }
    }

    /** Every process that can be read now, by pid; empty when the root cannot be listed. */
    Map<Long, ProcessTicks> processes() {
        Map<Long, ProcessTicks> all = new HashMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, "[0-9]*")) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    long pid = Long.parseLong(name);
                    process(pid).ifPresent(ticks -> all.put(pid, ticks));
                }
            }
        } catch (IOException | RuntimeException notMeasured) {
            // What was read so far stands; a missing root gives none.
        }
        return all;
    }
}
