package dev.boundbench.engine.process;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * How a process pool starts and watches its workers. {@link #fromSystemProperties()} reads the
 * {@code boundbench.process.*} properties, so a JMH run can set them with {@code -jvmArgs}.
 *
 * @param taskTimeoutMillis how long one task may run in a worker before the worker is killed and
 *        replaced, in milliseconds; 0 for no limit ({@value #TIMEOUT_PROPERTY}, default 0)
 * @param aot whether workers use a JDK 25 AOT cache ({@value #AOT_PROPERTY}, default auto)
 * @param lean whether workers get the start-up flags {@link #LEAN_FLAGS}, which cost no task
 *        throughput ({@value #LEAN_PROPERTY}, default true)
 * @param extraJvmFlags more flags for the worker JVM, e.g. {@code -XX:TieredStopAtLevel=1}
 *        ({@value #FLAGS_PROPERTY}, space separated, default none)
 * @param maxWindow the most tasks in flight per worker, from 1 to {@value #MAX_WINDOW} ({@value #WINDOW_PROPERTY},
 *        default 64); the pool sends fewer when tasks are long, see {@link DispatchWindow}
 * @param aotCacheDir the folder of AOT caches ({@value #AOT_DIR_PROPERTY}, default
 *        {@code target/boundbench-aot} beside the jar)
 * @param workerMainClass the worker's main class; tests replace it with misbehaving workers
 */
public record ProcessPoolOptions(long taskTimeoutMillis, AotMode aot, boolean lean, List<String> extraJvmFlags,
        int maxWindow, Path aotCacheDir, String workerMainClass) {

    public static final String TIMEOUT_PROPERTY = "boundbench.process.taskTimeoutMs";
    public static final String AOT_PROPERTY = "boundbench.process.aot";
    public static final String LEAN_PROPERTY = "boundbench.process.lean";
    public static final String FLAGS_PROPERTY = "boundbench.process.jvmFlags";
    public static final String WINDOW_PROPERTY = "boundbench.process.window";
    public static final String AOT_DIR_PROPERTY = "boundbench.process.aotDir";
    /**
     * The largest window: 256 requests of at most 215 bytes fit a 64 KiB pipe buffer, so sending
     * never blocks on a worker that is itself blocked writing replies.
     */
    public static final int MAX_WINDOW = 256;

    /** Start-up flags that leave the JIT alone: a serial GC and no perf-data file. */
    public static final List<String> LEAN_FLAGS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData");

    public ProcessPoolOptions {
        if (taskTimeoutMillis < 0) {
            throw new IllegalArgumentException("taskTimeoutMillis must be >= 0 (0: no limit), got "
                    + taskTimeoutMillis);
        }
        if (aot == null) {
            throw new IllegalArgumentException("aot must be one of " + Arrays.toString(AotMode.values()) + ", got null");
        }
        if (maxWindow < 1 || maxWindow > MAX_WINDOW) {
            throw new IllegalArgumentException("maxWindow must be from 1 to " + MAX_WINDOW + ", got " + maxWindow);
        }
        if (aotCacheDir == null || workerMainClass == null || workerMainClass.isBlank()) {
            throw new IllegalArgumentException("aotCacheDir and workerMainClass are required, got "
                    + aotCacheDir + " and " + workerMainClass);
        }
        extraJvmFlags = List.copyOf(extraJvmFlags);
    }

    /** The defaults, overridden by any {@code boundbench.process.*} system property set. */
    public static ProcessPoolOptions fromSystemProperties() {
        String flags = System.getProperty(FLAGS_PROPERTY, "").strip();
        return new ProcessPoolOptions(
                parseLong(TIMEOUT_PROPERTY, "0"),
                AotMode.fromName(System.getProperty(AOT_PROPERTY, "auto")),
                parseBoolean(LEAN_PROPERTY, "true"),
                flags.isEmpty() ? List.of() : List.of(flags.split("\\s+")),
                (int) parseLong(WINDOW_PROPERTY, "64"),
                Path.of(System.getProperty(AOT_DIR_PROPERTY, defaultAotDir().toString())),
                WorkerMain.class.getName());
    }

    /**
     * Beside the jar when the class path is one jar ({@code target/boundbench-aot}, so that
     * {@code mvn clean} removes it with the jar it was made for), else {@code java.io.tmpdir/boundbench-aot}.
     */
    static Path defaultAotDir() {
        String classPath = System.getProperty("java.class.path", "");
        Path jar = Path.of(classPath).toAbsolutePath();
        boolean singleJar = !classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar")
                && jar.getParent() != null;
        return singleJar ? jar.getParent().resolve("boundbench-aot")
                : Path.of(System.getProperty("java.io.tmpdir"), "boundbench-aot");
    }

    public ProcessPoolOptions withTaskTimeoutMillis(long millis) {
        return new ProcessPoolOptions(millis, aot, lean, extraJvmFlags, maxWindow, aotCacheDir, workerMainClass);
    }

    public ProcessPoolOptions withAot(AotMode mode) {
        return new ProcessPoolOptions(taskTimeoutMillis, mode, lean, extraJvmFlags, maxWindow, aotCacheDir,
                workerMainClass);
    }

    public ProcessPoolOptions withLean(boolean leanFlags) {
        return new ProcessPoolOptions(taskTimeoutMillis, aot, leanFlags, extraJvmFlags, maxWindow, aotCacheDir,
                workerMainClass);
    }

    public ProcessPoolOptions withMaxWindow(int window) {
        return new ProcessPoolOptions(taskTimeoutMillis, aot, lean, extraJvmFlags, window, aotCacheDir,
                workerMainClass);
    }

    public ProcessPoolOptions withWorkerMainClass(String mainClass) {
        return new ProcessPoolOptions(taskTimeoutMillis, aot, lean, extraJvmFlags, maxWindow, aotCacheDir, mainClass);
    }

    private static long parseLong(String property, String fallback) {
        String text = System.getProperty(property, fallback).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("System property " + property + " must be an integer, got \""
                    + text + "\"");
        }
    }

    private static boolean parseBoolean(String property, String fallback) {
        String text = System.getProperty(property, fallback).strip();
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("System property " + property
                    + " must be true or false, got \"" + text + "\"");
        };
    }

    /** Whether workers start from an AOT cache. */
    public enum AotMode {
        /** Use the cache, making it once with a training run, when the JDK (25+) and class path allow. */
        AUTO,
        /** Never: only the JDK's default CDS archive ({@code -Xshare:auto}). */
        OFF;

        /** By name, any case: {@code auto} or {@code off}. */
        public static AotMode fromName(String name) {
            for (AotMode mode : values()) {
                if (mode.name().equalsIgnoreCase(name.strip())) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("Unknown AOT mode \"" + name + "\"; valid: auto, off");
        }
    }
}
