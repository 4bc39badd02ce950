package dev.boundbench.engine.process;

import dev.boundbench.workload.WorkloadCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command lines for child JVMs started the way the pool starts its workers: this JVM's {@code java}
 * binary and class path, the options' flags, the AOT cache when there is one, and every
 * {@code boundbench.*} system property and {@code java.io.tmpdir} passed on with {@code -D}, so
 * that a worker writes its scratch files where its parent does.
 */
public final class ChildJvm {

    /** Unified logging writes to stdout by default; a worker's stdout is the protocol. */
    static final List<String> LOG_TO_STDERR = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    private ChildJvm() {
    }

    /** The {@code java} binary of this JVM. */
    public static Path javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * The command that starts {@code mainClass} with {@code args} the way a worker starts, making
     * the AOT cache first if the options ask for one and it does not exist yet.
     */
    public static List<String> command(String mainClass, ProcessPoolOptions options, List<String> args) {
        List<String> flags = new ArrayList<>(flags(options));
        AotCache.ensure(options, flags).ifPresent(cache -> flags.add("-XX:AOTCache=" + cache));
        return command(mainClass, flags, args);
    }

    /**
     * The options' JVM flags, without the AOT cache: log redirection, lean and extra flags. No
     * {@code -Xshare}: the default ({@code auto}, the JDK's CDS archive) is wanted, and any explicit
     * {@code -Xshare} makes {@code -XX:AOTCacheOutput} refuse to start.
     */
    static List<String> flags(ProcessPoolOptions options) {
        List<String> flags = new ArrayList<>();
        flags.addAll(LOG_TO_STDERR);
        if (options.lean()) {
            flags.addAll(ProcessPoolOptions.LEAN_FLAGS);
        }
        flags.addAll(options.extraJvmFlags());
        return flags;
    }

    static List<String> command(String mainClass, List<String> flags, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary().toString());
        command.addAll(flags);
        forwardedProperties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * The system properties whose names start with {@code boundbench.}, and {@code java.io.tmpdir},
     * sorted by name, plus the classes declaring workloads, so that a worker loads them without
     * scanning the class path.
     */
    static Map<String, String> forwardedProperties() {
        Map<String, String> forwarded = new TreeMap<>();
        System.getProperties().forEach((name, value) -> {
            if (name instanceof String key && key.startsWith("boundbench.") && value instanceof String text) {
                forwarded.put(key, text);
            }
        });
        forwarded.put("java.io.tmpdir", System.getProperty("java.io.tmpdir"));
        forwarded.putIfAbsent(WorkloadCatalog.CLASSES_PROPERTY, WorkloadCatalog.discover().declaringClasses());
        return forwarded;
    }
}
