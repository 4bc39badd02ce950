package dev.boundbench.engine.process;

import dev.boundbench.workload.Kind;
import dev.boundbench.workload.Task;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The workers' JDK 25 AOT cache: one file per JDK, class path (each jar's path, size and time) and
 * flag set, in {@link ProcessPoolOptions#aotCacheDir()}, named {@code worker-<hash>.aot}. Made once
 * by a training run ({@code -XX:AOTCacheOutput}) of a worker that answers one small task of each
 * CPU workload, then reused by every worker ({@code -XX:AOTCache}). Skipped, leaving the JDK's
 * default CDS archive, on a JDK before 25, when a class path entry is a folder (the cache covers
 * classes from jars only, so under Maven's test runner) or when training fails; never fatal.
 */
final class AotCache {

    static final int FIRST_JDK = 25;
    private static final long TRAINING_LIMIT_SECONDS = 120;
    private static final Map<String, Optional<Path>> MADE = new ConcurrentHashMap<>();

    private AotCache() {
    }

    /** The cache for these flags, made now if missing; empty when it cannot be used (see the class). */
    static Optional<Path> ensure(ProcessPoolOptions options, List<String> flags) {
        if (options.aot() == ProcessPoolOptions.AotMode.OFF || unavailableReason() != null) {
            return Optional.empty();
        }
        Path cache = options.aotCacheDir().resolve("worker-" + key(flags) + ".aot");
        return MADE.computeIfAbsent(cache.toString(), name -> make(cache, flags));
    }

    /** Why this JVM's workers cannot use an AOT cache, or null when they can. */
    static String unavailableReason() {
        if (Runtime.version().feature() < FIRST_JDK) {
            return "JDK " + Runtime.version().feature() + " has no -XX:AOTCacheOutput (needs " + FIRST_JDK + "+)";
        }
        for (Path entry : classPathEntries()) {
            if (!Files.isRegularFile(entry)) {
                return "class path entry " + entry + " is not a jar (the AOT cache covers classes from jars only)";
            }
        }
        return null;
    }

    /** The class path, with the Class-Path entries of each jar's manifest (as surefire uses). */
    static List<Path> classPathEntries() {
        List<Path> entries = new ArrayList<>();
        for (String part : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (part.isEmpty()) {
                continue;
            }
            Path path = Path.of(part).toAbsolutePath();
            entries.add(path);
            if (Files.isRegularFile(path)) {
                entries.addAll(manifestClassPath(path));
            }
        }
        return entries;
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> entries = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String url : classPath.strip().split("\\s+")) {
                    entries.add(Path.of(jar.getParent().toUri().resolve(url)));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            entries.add(jar.resolveSibling("(unreadable manifest of " + jar.getFileName() + ")"));
        }
        return entries;
    }

    private static String key(List<String> flags) {
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('|')
                .append(Runtime.version()).append('|').append(flags);
        for (Path entry : classPathEntries()) {
            key.append('|').append(entry);
            try {
                key.append(':').append(Files.size(entry)).append(':').append(Files.getLastModifiedTime(entry).toMillis());
            } catch (IOException e) {
                key.append(":missing");
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @SuppressWarnings("try") // the lock is held for the try block, never referenced in it
    private static Optional<Path> make(Path cache, List<String> flags) {
        try {
            Files.createDirectories(cache.getParent());
            try (FileChannel lockFile = FileChannel.open(cache.resolveSibling(cache.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                if (Files.isRegularFile(cache) && Files.size(cache) > 0) {
                    return Optional.of(cache);
                }
                long start = System.nanoTime();
                train(cache, flags);
                System.err.printf("boundbench: made the process-pool AOT cache %s in %d ms%n", cache,
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                return Optional.of(cache);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("boundbench: process-pool workers start without an AOT cache: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs a worker with {@code -XX:AOTCacheOutput}, feeds it one small task per CPU workload, closes it. */
    private static void train(Path cache, List<String> flags) throws IOException, InterruptedException {
        Path partial = cache.resolveSibling(cache.getFileName() + ".partial");
        Path log = cache.resolveSibling(cache.getFileName() + ".training.log");
        Files.deleteIfExists(partial);
        List<String> trainingFlags = new ArrayList<>(flags);
        trainingFlags.add("-XX:AOTCacheOutput=" + partial);
        List<String> command = ChildJvm.command(WorkerMain.class.getName(), trainingFlags,
                List.of(Long.toString(ProcessHandle.current().pid())));
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        try {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
            DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()));
            Frames.readHandshake(in);
            List<Task> tasks = new ArrayList<>();
            for (WorkloadDescriptor workload : WorkloadCatalog.discover().all()) {
                if (workload.kind() == Kind.CPU) {
                    tasks.add(new Task(workload.name(), 1));
                }
            }
            for (int i = 0; i < tasks.size(); i++) {
                Frames.writeRequest(out, i, tasks.get(i));
            }
            out.close();
            for (int i = 0; i < tasks.size(); i++) {
                Frames.readResponse(in);
            }
            in.transferTo(OutputStream.nullOutputStream());
            if (!process.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("training run still running after " + TRAINING_LIMIT_SECONDS + " s");
            }
            if (process.exitValue() != 0 || !Files.isRegularFile(partial)) {
                throw new IOException("training run exited with " + process.exitValue() + " and no cache; see " + log);
            }
            Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(log);
        } finally {
            process.destroyForcibly();
        }
    }
}
