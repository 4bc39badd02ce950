package dev.boundbench.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boundbench.analysis.CpuSpeeds;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Environment;
import dev.boundbench.analysis.read.EnvironmentReader;
import dev.boundbench.analysis.read.Loaded;
import dev.boundbench.analysis.read.ResultsReader;
import dev.boundbench.analysis.stats.CpuUse;
import dev.boundbench.analysis.stats.HostSpeed;
import dev.boundbench.engine.EngineType;
import dev.boundbench.monitor.CpuSpeed;
import dev.boundbench.workload.WorkloadCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What {@code --rerun-disturbed <run>} re-measures: the points of an earlier run that another
 * process or the hypervisor disturbed, by the same test as that run's report (foreign CPU above
 * 0.05 cores, or steal above 2 % on CPU work, each by two standard errors), and those whose core ran
 * over {@link HostSpeed#OFF_PERCENT} % off the run's median speed ({@link HostSpeed}), with the
 * profile that run used. The new run's folder gets the earlier run's results with those points replaced, so the
 * earlier folder stays as it was.
 *
 * @param folder the earlier run's folder
 * @param profile the profile the earlier run recorded in its {@code environment.json}
 * @param points the points of the scaling matrix to measure again, one thread count each, in file order
 * @param offSpeed how many of them were not disturbed but ran on a core off the run's speed
 * @param leftOut a line per disturbed result that cannot be re-measured by point (another benchmark)
 * @param total how many results the earlier run holds
 * @param results the earlier run's {@code results.json}, JMH's entries as they were written
 * @param environment the earlier run's {@code environment.json}
 * @param runSpeed the median of the earlier run's points' core speeds, µs per {@code fib(24)} call; NaN when
 *     its results carry none
 */
record Rerun(Path folder, Profile profile, List<PlannedRun> points, int offSpeed, List<String> leftOut, int total,
             ArrayNode results, ObjectNode environment, double runSpeed) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    Rerun {
        points = List.copyOf(points);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * Reads the run in {@code path} (its folder, or its {@code results.json}) and picks its disturbed points.
     *
     * @throws UsageException naming the path and what is missing or wrong
     */
    static Rerun of(Path path, WorkloadCatalog catalog) {
        Path folder = Files.isRegularFile(path) ? path.toAbsolutePath().getParent() : path;
        Path resultsFile = folder.resolve(ResultsFolder.RESULTS_FILE);
        Path environmentFile = folder.resolve(EnvironmentReader.FILE_NAME);
        if (!Files.isDirectory(folder)) {
            throw new UsageException("--rerun-disturbed: no run folder at " + path);
        }
        if (!Files.isRegularFile(resultsFile) || !Files.isRegularFile(environmentFile)) {
            throw new UsageException("--rerun-disturbed: " + folder + " is not a run folder of this suite: it needs "
                    + ResultsFolder.RESULTS_FILE + " and " + EnvironmentReader.FILE_NAME + " (the profile comes from it)");
        }
        Loaded loaded = ResultsReader.read(resultsFile);
        List<String> warnings = new ArrayList<>(loaded.warnings());
        Environment environment = EnvironmentReader.read(environmentFile, warnings);
        if (loaded.results().isEmpty() || !warnings.isEmpty()) {
            throw new UsageException("--rerun-disturbed: " + folder + " cannot be read: " + String.join("; ", warnings));
        }
        String profileName = environment.entries().get("profile");
        if (profileName == null) {
            throw new UsageException("--rerun-disturbed: " + environmentFile + " records no profile");
        }
        Profile profile = Profile.fromName(profileName);
        HostSpeed hostSpeed = HostSpeed.of(loaded.results());
        Set<BenchmarkResult> offTheCore = Collections.newSetFromMap(new IdentityHashMap<>());
        hostSpeed.off().forEach(off -> offTheCore.add(off.result()));
        List<PlannedRun> points = new ArrayList<>();
        int offSpeed = 0;
        List<String> leftOut = new ArrayList<>();
        for (BenchmarkResult result : loaded.results()) {
            boolean disturbed = CpuUse.of(result, environment).disturbed();
            if (!disturbed && !offTheCore.contains(result)) {
                continue;
            }
            if (result.benchmark().equals(JmhSession.SCALING_BENCHMARK)) {
                points.add(point(result, catalog));
                offSpeed += disturbed ? 0 : 1;
            } else {
                leftOut.add(result.label() + ": only the scaling matrix is re-measured by point; run "
                        + result.shortName() + " again on its own");
            }
        }
        try {
            return new Rerun(folder, profile, points, offSpeed, leftOut, loaded.results().size(),
                    (ArrayNode) MAPPER.readTree(resultsFile.toFile()), (ObjectNode) MAPPER.readTree(environmentFile.toFile()),
                    hostSpeed.runMedian());
        } catch (IOException e) {
            throw new UsageException("--rerun-disturbed: " + folder + " cannot be read: " + e.getMessage());
        }
    }

    /** The one-thread-count point of a scaling result, its workload checked against the catalog. */
    private static PlannedRun point(BenchmarkResult result, WorkloadCatalog catalog) {
        Map<String, String> params = result.params();
        try {
            String workload = catalog.get(params.get("workload")).name();
            return new PlannedRun(workload, EngineType.fromName(params.get("engine")),
                    List.of(Integer.parseInt(params.get("threads"))), Integer.parseInt(params.get("tasks")),
                    Integer.parseInt(params.get("size")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UsageException("--rerun-disturbed: " + result.label() + " cannot be planned again: "
                    + (e.getMessage() == null ? "a parameter is missing" : e.getMessage()));
        }
    }

    /**
     * "Re-measuring 3 disturbed points of results/… with its profile (standard); its other 119
     * results are copied as they were.", naming the points picked for their core's speed apart.
     */
    String describe() {
        return "Re-measuring " + what() + " of " + folder + " with its profile (" + profile.id() + "); its other "
                + (total - points.size()) + " results are copied as they were.";
    }

    /** "3 disturbed points", or "12 points (3 disturbed, 9 on a core over 20 % off the run's median speed, 324 µs per fib(24) call)". */
    private String what() {
        int disturbed = points.size() - offSpeed;
        if (offSpeed == 0) {
            return disturbed + " disturbed " + (disturbed == 1 ? "point" : "points");
        }
        return String.format(Locale.ROOT, "%d %s (%d disturbed, %d on a core over %.0f %% off the run's median speed,"
                + " %.0f µs per fib(24) call)", points.size(), points.size() == 1 ? "point" : "points", disturbed,
                offSpeed, HostSpeed.OFF_PERCENT, runSpeed);
    }

    /** "No disturbed point, and none on a core off the run's speed, in results/… that can be re-measured (0 of 122 results)." */
    String nothingToDo() {
        return "No disturbed point, and none on a core off the run's speed, in " + folder + " that can be re-measured (" + points.size() + " of " + total
                + " results)" + (leftOut.isEmpty() ? "" : "; left out: " + String.join("; ", leftOut)) + ".";
    }

    /**
     * Makes the new run's folder the earlier run's: its {@code results.json} (which {@code session}
     * then writes each re-measured point into) and its {@code environment.json} with the rerun
     * recorded ({@link #environmentAfter}) in place of the one the new run wrote.
     */
    void startIn(ResultsFolder newFolder, JmhSession session) throws IOException {
        JsonNode own = MAPPER.readTree(newFolder.environmentJson().toFile());
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(newFolder.environmentJson().toFile(), environmentAfter(own));
        session.replaceIn(results);
    }

    /**
     * The earlier run's microseconds per {@code fib(24)} call: the median of its points' core speeds
     * where they were timed, else the {@code cpuSpeed} it recorded before its first fork; NaN when neither.
     */
    double speedThen() {
        return runSpeed > 0 ? runSpeed : CpuSpeeds.micros(environment.path(EnvironmentRecorder.CPU_SPEED).asText(null));
    }

    /**
     * One line when the core now runs at another speed than when the earlier run was measured
     * (farther apart than {@link SpeedWait#close}): the re-measured points' ratios to the copied ones
     * then carry that difference. Empty otherwise, or when the earlier speed is unknown.
     */
    String speedWarning(CpuSpeed now) {
        double then = speedThen();
        if (!(then > 0) || SpeedWait.close(now, then)) {
            return "";
        }
        double change = SpeedWait.percentOff(now, then);
        return String.format(Locale.ROOT, "CPU speed now %.0f µs per fib(24) call against %.0f µs when %s was"
                + " measured (%+.0f %% time per call): the re-measured points ran on a %s core, and their ratios to"
                + " the copied points carry that difference.", now.microsPerCall(), then, folder.getFileName(), change,
                change > 0 ? "slower" : "faster");
    }

    /**
     * The earlier run's environment with an entry saying which points were re-measured, when, by
     * which command and on a core of which speed ({@code rerun} is the new run's own environment).
     */
    ObjectNode environmentAfter(JsonNode rerun) {
        ObjectNode merged = environment.deepCopy();
        String line = what() + " of " + folder.getFileName() + ", on " + rerun.path("started").asText("?") + " by "
                + rerun.path("command").asText("?") + "; cpuSpeed then: " + rerun.path(EnvironmentRecorder.CPU_SPEED)
                .asText("not measured");
        String before = merged.path(Environment.REMEASURED).asText("");
        merged.put(Environment.REMEASURED, before.isEmpty() ? line : before + "; then " + line);
        return merged;
    }

}
