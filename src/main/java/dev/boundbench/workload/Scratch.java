package dev.boundbench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A private temporary folder for workloads that touch the disk. Source files are made once per size
 * and kept until {@link #close()}, which deletes the whole folder; a shutdown hook deletes it too
 * if the JVM exits (Ctrl-C included) before close.
 */
public final class Scratch implements AutoCloseable {

    private final Path directory;
    private final Map<Long, Path> sources = new ConcurrentHashMap<>();
    private final AtomicLong nextTarget = new AtomicLong();
    private final Thread cleanupHook;
    private volatile boolean closed;

    /** Makes a new folder {@code boundbench-*} under {@code java.io.tmpdir}. */
    public Scratch() {
        try {
            directory = Files.createTempDirectory("boundbench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a scratch folder in "
                    + System.getProperty("java.io.tmpdir"), e);
        }
        cleanupHook = new Thread(() -> deleteTree(directory), "boundbench-scratch-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupHook);
    }

    /** The folder itself, for tests and messages. */
    public Path directory() {
        return directory;
    }

    /**
     * A file of exactly {@code bytes} bytes of pseudo-random, incompressible content, made on the
     * first call for that size and shared by later calls.
     */
    public Path source(long bytes) {
        ensureOpen();
        return sources.computeIfAbsent(bytes, this::writeSource);
    }

    /** A fresh path in the folder that no other caller gets; the file does not exist yet. */
    public Path newTarget() {
        ensureOpen();
        return directory.resolve("copy-" + nextTarget.incrementAndGet());
    }

    /** Deletes the folder and everything in it. Safe to call more than once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        deleteTree(directory);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it deletes the same folder.
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Scratch folder " + directory + " is closed");
        }
    }

    private Path writeSource(long bytes) {
        Path file = directory.resolve("source-" + bytes);
        SplittableRandom random = new SplittableRandom(bytes);
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = 0;
            while (written < bytes) {
                buffer.clear();
                while (buffer.remaining() >= Long.BYTES) {
                    buffer.putLong(random.nextLong());
                }
                buffer.flip();
                buffer.limit((int) Math.min(buffer.limit(), bytes - written));
                while (buffer.hasRemaining()) {
                    written += out.write(buffer);
                }
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write source file " + file, e);
        }
        return file;
    }

    private static void deleteTree(Path root) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException alreadyGone) {
            // Nothing left to delete.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete scratch folder " + root, e);
        }
    }
}
