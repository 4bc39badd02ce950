package dev.boundbench.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.boundbench.monitor.CpuSpeed;
import dev.boundbench.workload.WorkloadCatalog;
import dev.boundbench.workload.WorkloadDescriptor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Writes {@code environment.json}: what a reader needs to trust or reproduce a run (JDK, cores,
 * memory, OS, CPU model, host name, git commit, the exact command, the profile) and each workload's
 * kind. The report tells machines apart by host, cores, CPU and JDK.
 */
final class EnvironmentRecorder {

    /** Set by run-benchmarks.sh to the command line the user typed. */
    static final String COMMAND_VARIABLE = "BOUNDBENCH_COMMAND";

    private EnvironmentRecorder() {
    }

    /** The entry holding the speed of one core, measured before the run, as a number object. */
    static final String CPU_SPEED = "cpuSpeed";

    /**
     * @param python the CPython engines' interpreter (its version and GIL) or why there is none;
     *        null when no CPython engine was asked for, which leaves the entry out
     */
    static void write(Path file, RunRequest request, List<String> args, WorkloadCatalog catalog, CpuSpeed speed,
            PythonCheck python) throws IOException {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("started", OffsetDateTime.now().withNano(0).toString());
        env.put("command", Optional.ofNullable(System.getenv(COMMAND_VARIABLE))
                .orElse("Launcher " + String.join(" ", args)));
        env.put("profile", request.profile().id());
        env.put("profileSettings", request.profile().describe());
        env.put("jdk", System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
                + Runtime.version());
        env.put("javaHome", System.getProperty("java.home"));
        env.put("host", hostName());
        env.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("memory", totalMemory());
        env.put("cpu", cpuModel());
        env.put(CPU_SPEED, speed.numbers());
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        env.put("commit", gitCommit(suiteFolder()));
        env.put("jmh", jmhVersion());
        if (python != null) {
            env.put(PythonCheck.ENVIRONMENT_KEY, python.describe());
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        for (WorkloadDescriptor workload : catalog.all()) {
            kinds.put(workload.name(), workload.kind().name());
        }
        env.put("workloadKinds", kinds);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), env);
    }

    private static String totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
        }
        return "unknown";
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String hostName() {
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            return Files.isReadable(kernel) ? Files.readString(kernel).trim()
                    : java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * The folder the suite's classes were loaded from ({@code target/benchmarks.jar}'s folder, or
     * {@code target/classes}): inside the suite's checkout wherever the launcher was started from.
     */
    static Path suiteFolder() {
        try {
            Path source = Path.of(EnvironmentRecorder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(source) ? source : source.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    /** {@code git describe} of the checkout that holds {@code folder}, or why there is none. */
    static String gitCommit(Path folder) {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=12")
                    .directory(folder.toFile()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes()).trim();
            if (git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 && !out.isEmpty()) {
                return out;
            }
            return "unknown (not a git checkout)";
        } catch (IOException e) {
            return "unknown (git not found)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String jmhVersion() {
        return org.openjdk.jmh.util.Version.getPlainVersion();
    }
}
