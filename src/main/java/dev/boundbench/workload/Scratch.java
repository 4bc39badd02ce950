package dev.boundbench.workload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A private temporary folder for workloads that touch the disk. Source files are made once per size
 * and kept until {@link #close()}, which deletes the whole folder; a shutdown hook deletes it too
 * if the JVM exits (Ctrl-C included) before close. A write that finds the disk full fails with a
 * {@link DiskFullException} naming {@code java.io.tmpdir} and its free space, and leaves no file.
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
     *
     * @throws DiskFullException when the disk has no room for it; no part of it is left
     */
    public Path source(long bytes) throws IOException {
        ensureOpen();
        try {
            return sources.computeIfAbsent(bytes, this::writeSource);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A fresh path in the folder that no other caller gets; the file does not exist yet. */
    public Path newTarget() {
        ensureOpen();
        return directory.resolve("copy-" + nextTarget.incrementAndGet());
    }

    /**
     * The error to throw when writing a file of {@code bytes} into the folder failed with {@code e}:
     * a {@link DiskFullException} when the disk is full (the system says so, or has less than
     * {@code bytes} left), else {@code e}. Call it before deleting the file that failed, so that the
     * free space named is the one the write found.
     */
    public IOException writeFailed(IOException e, long bytes) {
        Path folder = directory.getParent();
        try {
            FileStore store = Files.getFileStore(directory);
            long free = store.getUsableSpace();
            boolean full = free < bytes || String.valueOf(e.getMessage()).contains("No space left on device");
            if (!full) {
                return e;
            }
            return new DiskFullException(String.format(Locale.ROOT, "%s%s (java.io.tmpdir) for a file of %,d KiB: %,d KiB"
                    + " free of %,d KiB; point java.io.tmpdir at a disk with room", DiskFullException.PREFIX, folder,
                    bytes / 1024, free / 1024, store.getTotalSpace() / 1024), e);
        } catch (IOException unreadable) {
            e.addSuppressed(unreadable);
            return e;
        }
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
            IOException failure = writeFailed(e, bytes);
            try {
                Files.deleteIfExists(file);
            } catch (IOException notDeleted) {
                failure.addSuppressed(notDeleted);
            }
            throw new UncheckedIOException(failure instanceof DiskFullException ? failure.getMessage()
                    : "Cannot write source file " + file, failure);
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
