package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code file-copy} with {@code java.io.tmpdir} on a small tmpfs that fills up, through the real
 * launcher. The tmpfs is mounted in a mount namespace of the launcher's own ({@code unshare
 * --mount --map-root-user}, which needs no root where user namespaces are allowed), so it
 * disappears with the process whatever happens; a shell in that namespace lists what the run
 * left in it.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FullDiskTest {

    private static final String LEFT = "left in tmpfs:";

    @TempDir
    Path work;

    /** The tmpfs needs a mount namespace of the test's own; a machine that refuses one cannot run these tests. */
    @BeforeAll
    static void userNamespacesAllowed() throws Exception {
        Process probe = new ProcessBuilder("unshare", "--mount", "--map-root-user", "true").redirectErrorStream(true)
                .start();
        String said = new String(probe.getInputStream().readAllBytes()).strip();
        assumeTrue(probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0,
                "this machine gives no mount namespace to an unprivileged user: " + said);
    }

    @Test
    void fileCopy_oneMebibyteTmpfs_stopsBeforeTheRunWithOneLine() throws Exception {
        Result result = run("1m", "--engine", "sequential");

        assertEquals(1, result.status, result.output());
        assertEquals("run-benchmarks.sh: file-copy (size 1024) failed when timed before the run: No space left in "
                + result.tmpfs + " (java.io.tmpdir) for a file of 1,024 KiB: 0 KiB free of 1,024 KiB; point"
                + " java.io.tmpdir at a disk with room", result.errLines().get(0), result.output());
        assertEquals(1, result.errLines().size(), result.output());
        assertEquals(LEFT, result.out.strip(), "nothing measured, nothing left: " + result.output());
        assertFalse(Files.exists(work.resolve("results")), "no results folder for a run that never started");
    }

    /**
     * A process pool's workers each make their own source file (the group's process pool and its A/A
     * twin, two workers each): the second does not fit in 2.5 MiB, inside JMH's fork. The launcher still ends with one line, and no stack trace.
     */
    @Test
    void fileCopy_tmpfsFullInsideJmh_stopsTheRunWithOneLineAndNoStackTrace() throws Exception {
        Result result = run("2560k", "--engine", "process-pool", "--threads", "2");

        assertEquals(1, result.status, result.output());
        List<String> err = result.errLines();
        assertEquals(1, err.size(), result.output());
        // The free space is read when the worker fails; the other worker may still be writing or
        // removing its own file then, so it is any figure short of the 1,024 KiB asked for.
        Matcher line = Pattern.compile(Pattern.quote("run-benchmarks.sh: file-copy (tasks 16, size 1024) stopped: No"
                + " space left in " + result.tmpfs + " (java.io.tmpdir) for a file of 1,024 KiB: ")
                + "(\\d+) KiB free of 2,560 KiB" + Pattern.quote("; point java.io.tmpdir at a disk with room"))
                .matcher(err.get(0));
        assertTrue(line.matches(), result.output());
        assertTrue(Integer.parseInt(line.group(1)) < 1_024, err.get(0));
        assertFalse(result.out.contains("\tat "), "no stack trace: " + result.output());
        assertTrue(result.out.contains("No report: the run failed at group 1 of 1, before any point was measured."),
                result.output());
        assertTrue(result.out.strip().endsWith(LEFT), "no file left: " + result.output());
    }

    private record Result(int status, String out, String err, Path tmpfs) {
        List<String> errLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }

        String output() {
            return "stdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** The launcher on file-copy, its forks' java.io.tmpdir a tmpfs of {@code size}. */
    private Result run(String size, String... filters) throws Exception {
        Path tmpfs = Files.createDirectory(work.resolve("tmpfs"));
        List<String> wrapper = List.of("unshare", "--mount", "--map-root-user", "sh", "-c",
                "mount -t tmpfs -o size=" + size + " tmpfs \"$0\" || exit 9; \"$@\"; status=$?;"
                        + " echo \"" + LEFT + "$(ls -A \"$0\")\"; exit $status", tmpfs.toString());
        List<String> args = new ArrayList<>(List.of("--workload", "file-copy", "--results-dir",
                work.resolve("results").toString()));
        args.addAll(List.of(filters));
        args.addAll(List.of("--", "-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-jvmArgsAppend",
                "-Djava.io.tmpdir=" + tmpfs));
        try (LauncherProcess launcher = new LauncherProcess(wrapper, args)) {
            int status = launcher.exitStatus(Duration.ofSeconds(150));
            assertTrue(status != 9, "could not mount a tmpfs in a namespace of its own: " + launcher.err());
            return new Result(status, launcher.out(), launcher.err(), tmpfs);
        }
    }
}
