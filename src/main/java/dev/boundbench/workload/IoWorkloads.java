package dev.boundbench.workload;

import dev.boundbench.net.Loopback;
import dev.boundbench.net.Pages;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Work bounded by waiting: a timed sleep, a real copy forced to disk, a download over loopback HTTP. */
public final class IoWorkloads {

    private static final int COPY_BUFFER_BYTES = 64 * 1024;

    private IoWorkloads() {
    }

    /** Waits without using a core, like the articles' {@code time.sleep}; returns {@code millis}. */
    @Workload(name = "sleep", kind = Kind.IO, defaultSize = 10, sizeMeaning = "milliseconds slept",
            tasks = 1000)
    public static long sleep(int millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("sleep needs millis >= 0, got " + millis);
        }
        Thread.sleep(millis);
        return millis;
    }

    /**
     * Copies a file of {@code kibibytes} KiB through a user-space buffer into a new file, forces it
     * to disk ({@code force(true)}) and deletes the copy; returns the bytes copied. On a full disk it
     * throws a {@link DiskFullException} and leaves no copy.
     */
    @Workload(name = "file-copy", kind = Kind.IO, defaultSize = 1024, sizeMeaning = "KiB copied",
            threads = "1,2,4,8,16", tasks = 16)
    public static long fileCopy(int kibibytes, Scratch scratch) throws IOException {
        if (kibibytes < 0) {
            throw new IllegalArgumentException("file-copy needs kibibytes >= 0, got " + kibibytes);
        }
        long bytes = kibibytes * 1024L;
        Path source = scratch.source(bytes);
        Path target = scratch.newTarget();
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.allocate(COPY_BUFFER_BYTES);
            long copied = 0;
            while (in.read(buffer) >= 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    copied += out.write(buffer);
                }
                buffer.clear();
            }
            out.force(true);
            return copied;
        } catch (IOException e) {
            throw scratch.writeFailed(e, bytes);
        } finally {
            Files.deleteIfExists(target);
        }
    }

    /**
     * GETs a page of {@code kibibytes} KiB over HTTP from the loopback server on 127.0.0.1, which
     * answers after its latency ({@value Loopback#LATENCY_PROPERTY}, default 20 ms), through the
     * trial's one shared {@link java.net.http.HttpClient}; checks the body's length and CRC32C and
     * returns the CRC32C.
     */
    @Workload(name = "download", kind = Kind.IO, defaultSize = 1,
            sizeMeaning = "KiB per HTTP GET from 127.0.0.1, answered after " + Loopback.LATENCY_PROPERTY
                    + " (default 20)", tasks = 10)
    public static long download(int kibibytes, Loopback loopback) throws IOException, InterruptedException {
        if (kibibytes < 0 || kibibytes > Pages.MAX_KIB) {
            throw new IllegalArgumentException("download needs 0 <= kibibytes <= " + Pages.MAX_KIB + ", got "
                    + kibibytes);
        }
        return loopback.download(kibibytes);
    }
}
