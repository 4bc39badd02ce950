package dev.boundbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Known answers of the built-in workloads, and the files file-copy leaves (none). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkloadsTest {

    @Test
    void fib_knownValues() {
        assertEquals(0, CpuWorkloads.fib(0));
        assertEquals(1, CpuWorkloads.fib(1));
        assertEquals(55, CpuWorkloads.fib(10));
        assertEquals(832_040, CpuWorkloads.fib(30));
    }

    @Test
    void fib_negative_namesTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CpuWorkloads.fib(-3));
        assertEquals("fib needs n >= 0, got -3", e.getMessage());
    }

    @Test
    void primeSum_knownValues() {
        assertEquals(0, CpuWorkloads.primeSum(1));
        assertEquals(2, CpuWorkloads.primeSum(2));
        assertEquals(17, CpuWorkloads.primeSum(10));
        assertEquals(1060, CpuWorkloads.primeSum(100));
        assertEquals(142_913_828_922L, CpuWorkloads.primeSum(2_000_000));
    }

    @Test
    void isPrime_agreesWithBigInteger() {
        for (int n = -2; n < 20_000; n++) {
            boolean expected = n > 1 && java.math.BigInteger.valueOf(n).isProbablePrime(50);
            assertEquals(expected, CpuWorkloads.isPrime(n), "n = " + n);
        }
    }

    @Test
    void sleep_waitsAtLeastTheTimeAndReturnsIt() throws Exception {
        long start = System.nanoTime();
        assertEquals(20, IoWorkloads.sleep(20));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(20));
    }

    @Test
    void fileCopy_copiesEveryByteAndLeavesOnlyTheSource() throws Exception {
        Path folder;
        try (Scratch scratch = new Scratch()) {
            folder = scratch.directory();
            assertEquals(300 * 1024L, IoWorkloads.fileCopy(300, scratch));
            assertEquals(300 * 1024L, IoWorkloads.fileCopy(300, scratch));
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(java.util.List.of("source-307200"),
                        files.map(p -> p.getFileName().toString()).toList());
            }
            assertEquals(300 * 1024L, Files.size(scratch.source(300 * 1024L)));
        }
        assertFalse(Files.exists(folder), "close deletes the scratch folder");
    }

    @Test
    void fileCopy_interruptedLeavesNoCopyBehind() throws Exception {
        try (Scratch scratch = new Scratch()) {
            scratch.source(64 * 1024L);
            Thread.currentThread().interrupt();
            try {
                assertThrows(java.nio.channels.ClosedByInterruptException.class, () -> IoWorkloads.fileCopy(64, scratch));
            } finally {
                Thread.interrupted();
            }
            try (Stream<Path> files = Files.list(scratch.directory())) {
                assertEquals(java.util.List.of("source-65536"), files.map(p -> p.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void scratch_sourceContentIsIncompressibleAndStable() throws Exception {
        try (Scratch first = new Scratch(); Scratch second = new Scratch()) {
            byte[] a = Files.readAllBytes(first.source(100_000));
            byte[] b = Files.readAllBytes(second.source(100_000));
            assertEquals(java.util.Arrays.hashCode(a), java.util.Arrays.hashCode(b));
            java.util.zip.Deflater deflater = new java.util.zip.Deflater();
            deflater.setInput(a);
            deflater.finish();
            byte[] out = new byte[200_000];
            int compressed = deflater.deflate(out);
            assertTrue(compressed > 99_000, "compressed to " + compressed);
        }
    }
}
