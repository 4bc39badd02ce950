package dev.boundbench.analysis;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.compare.Change;
import dev.boundbench.analysis.compare.CompareRow;
import dev.boundbench.analysis.compare.Comparison;
import dev.boundbench.analysis.compare.MachinePair;
import dev.boundbench.analysis.read.BenchmarkResult;
import dev.boundbench.analysis.read.Machine;
import dev.boundbench.analysis.read.Machines;
import dev.boundbench.analysis.read.ResultsReader;
import dev.boundbench.analysis.stats.CurveStats;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.EngineAcrossMachines;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of runs from two machines: real runs of {@code fib} on {@code sequential} and
 * {@code platform-pool}, one under {@code taskset -c 0} (1 core) and one unpinned (2 cores), each
 * with the launcher's default tasks (4 × cores), kept as fixtures under {@code machines/}.
 */
class MachinesReportTest {

    @TempDir
    Path out;

    private static final Path ONE_CORE = ReportGoldenTest.resource("machines/one-core");
    private static final Path TWO_CORES = ReportGoldenTest.resource("machines/two-cores");

    private RunAnalysis writeBoth() {
        return Report.write(List.of(ONE_CORE, TWO_CORES), out, Scale.DEFAULT);
    }

    private String report() throws IOException {
        return Files.readString(out.resolve(Report.REPORT_FILE), StandardCharsets.UTF_8);
    }

    /** The report's table lines with their padding collapsed: {@code | cores | 1 | 2 |}. */
    private List<String> tableRows() throws IOException {
        return report().lines().filter(l -> l.startsWith("|")).map(l -> l.replaceAll(" {2,}", " ")).toList();
    }

    @Test
    void analyze_tasksetAndUnpinnedRuns_areTwoMachinesLabelledByCores() {
        RunAnalysis analysis = writeBoth();

        assertEquals(List.of("1 core", "2 cores"), analysis.machines().stream().map(Machine::label).toList());
        assertEquals("1", analysis.machines().get(0).environment().entries().get("cores"));
        assertEquals("2", analysis.machines().get(1).environment().entries().get("cores"));
        assertEquals(List.of("one-core"), analysis.machines().get(0).sources());
        assertTrue(analysis.results().stream().allMatch(r -> r.machine().equals("1 core") || r.machine().equals("2 cores")));
    }

    @Test
    void analyze_eachMachinesCurvesStayApart() {
        RunAnalysis analysis = writeBoth();

        assertEquals(4, analysis.curves().size(), "sequential and platform-pool on each machine");
        assertEquals(List.of("fib (size=24, tasks=4) on 1 core", "fib (size=24, tasks=8) on 2 cores"),
                analysis.workloads().stream().map(w -> w.title()).toList());
        CurveStats pool = analysis.workloads().get(1).curves().stream()
                .filter(c -> c.curve().key().engine().equals("platform-pool")).findFirst().orElseThrow();
        assertEquals(List.of(1.0, 2.0, 4.0), pool.points().stream().map(p -> p.n()).toList(), "2 cores: ladder to 4");
        assertTrue(analysis.warningTexts().stream().noneMatch(w -> w.contains("appears twice")), analysis.warningTexts().toString());
    }

    @Test
    void write_showsEveryMachinesEnvironmentSideBySide() throws IOException {
        RunAnalysis analysis = writeBoth();

        List<String> rows = tableRows();
        assertTrue(rows.contains("| key | 1 core | 2 cores |"), rows.toString());
        assertTrue(rows.contains("| runs | one-core | two-cores |"), rows.toString());
        assertTrue(rows.contains("| cores | 1 | 2 |"), rows.toString());
        assertTrue(rows.contains("| cpu | AMD EPYC | AMD EPYC |"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("| cpuSpeed | fib(24) on one thread:")), rows.toString());
        assertEquals(List.of(List.of("one-core"), List.of("two-cores")),
                analysis.machines().stream().map(Machine::sources).toList());
        assertTrue(report().contains("Measured on 2 machines"), report());
    }

    @Test
    void write_sectionPerMachineAndEnginesAcrossMachines() throws IOException {
        RunAnalysis analysis = writeBoth();

        String report = report();
        assertEquals(List.of("CPU", "CPU"), analysis.workloads().stream().map(w -> w.kind()).toList());
        assertTrue(analysis.workloads().stream().allMatch(w -> report.contains("\n## " + w.title() + " · ")), report);
        assertTrue(report.contains("\n## Across machines\n"), report);
        assertTrue(report.contains("\n### fib (size=24) · CPU\n"), report);
        assertEquals(List.of("sequential", "platform-pool"),
                analysis.acrossMachines().stream().map(EngineAcrossMachines::engine).toList());
        EngineAcrossMachines pool = analysis.acrossMachines().get(1);
        assertEquals("fib (size=24)", pool.workload());
        assertEquals("CPU", pool.kind());
        assertEquals(List.of("1 core (tasks=4)", "2 cores (tasks=8)"), pool.curves().stream().map(pool::curveLabel).toList());
        assertEquals(List.of(List.of(1.0, 2.0), List.of(1.0, 2.0, 4.0)), pool.curves().stream()
                .map(c -> c.points().stream().map(p -> p.n()).toList()).toList(), "each machine's own ladder");
        assertTrue(pool.scales());
        assertTrue(report.contains("(charts/fib-size-24-platform-pool-across-machines.svg)"), report);
        assertFalse(report.contains("sequential-across-machines"), "one point per machine: no chart");
        assertFalse(report.contains("PLATFORM_POOL") || report.contains("SEQUENTIAL"), "engines as users type them");
    }

    @Test
    void write_crossMachineChart_hasOneSeriesPerMachineInTheEnginesColour() throws IOException {
        writeBoth();

        String svg = Files.readString(out.resolve("charts/fib-size-24-platform-pool-across-machines.svg"));
        List<String> texts = texts(svg);
        assertTrue(texts.get(0).startsWith("fib (size=24), platform-pool"), texts.get(0));
        int legend = texts.indexOf("1 core (tasks=4)");
        assertEquals(List.of("1 core (tasks=4)", "2 cores (tasks=8)", "ideal (speedup = threads)", "1", "2", "4",
                "threads"), texts.subList(legend, legend + 7), "legend, then ticks at the ladder only");
        assertTrue(svg.contains("rgb(0,114,178)"), "platform-pool's blue");
        assertFalse(svg.contains("rgb(230,159,0)"), "no other engine's colour");
        assertTrue(svg.contains("stroke-dasharray:9.0,5.0"), "the second machine's line is dashed");

        String perMachine = Files.readString(out.resolve("charts/fib-size-24-tasks-8-on-2-cores.svg"));
        assertTrue(perMachine.contains("rgb(0,114,178)"), "platform-pool's blue in the workload's chart too");
    }

    @Test
    void write_csvNamesEachRowsMachine() throws IOException {
        writeBoth();

        List<String> csv = Files.readAllLines(out.resolve(Report.CSV_FILE));
        assertTrue(csv.get(0).startsWith("source,machine,benchmark,"), csv.get(0));
        assertEquals(3, csv.stream().filter(l -> l.startsWith("results.json,1 core,")).count());
        assertEquals(4, csv.stream().filter(l -> l.startsWith("results.json,2 cores,")).count());
        assertEquals(5, csv.stream().filter(l -> l.contains(",PLATFORM_POOL,")).count(), "parameters keep JMH's values");
    }

    @Test
    void write_inputsInEitherOrder_keepTheirLabels() {
        RunAnalysis analysis = Report.write(List.of(TWO_CORES, ONE_CORE), out, Scale.DEFAULT);

        assertEquals(List.of("2 cores", "1 core"), analysis.machines().stream().map(Machine::label).toList());
    }

    @Test
    void write_oneMachine_hasNoMachineLabelsAnywhere() throws IOException {
        RunAnalysis analysis = Report.write(List.of(TWO_CORES), out, Scale.DEFAULT);

        assertEquals(List.of(""), analysis.machines().stream().map(Machine::label).toList());
        assertTrue(analysis.acrossMachines().isEmpty());
        assertFalse(report().contains("Across machines"));
        assertTrue(report().contains("\n## fib (size=24, tasks=8) · CPU\n"));
        assertTrue(Files.readAllLines(out.resolve(Report.CSV_FILE)).get(0).startsWith("source,benchmark,"));
    }

    @Test
    void write_sameParametersOnTwoJdks_keepsTheCurvesApart(@TempDir Path runs) throws IOException {
        for (String jdk : List.of("21.0.5+11-LTS", "25.0.3+9-LTS")) {
            JmhJson json = new JmhJson();
            for (int t : new int[] {1, 2, 4}) {
                json.add("a.ScalingBenchmark.batch", "avgt", "ms/op", params("workload", "fib", "engine", "VIRTUAL",
                        "threads", Integer.toString(t), "tasks", "8"), 100.0 / t, 1);
            }
            json.write(runs.resolve(jdk).resolve("results.json"));
            Files.writeString(runs.resolve(jdk).resolve("environment.json"), "{\"cores\" : \"4\", \"jdk\" : "
                    + "\"Eclipse Adoptium OpenJDK 64-Bit Server VM " + jdk + "\", \"workloadKinds\" : {\"fib\" : \"CPU\"}}");
        }

        RunAnalysis analysis = Report.write(List.of(runs.resolve("21.0.5+11-LTS"), runs.resolve("25.0.3+9-LTS")), out,
                Scale.DEFAULT);

        assertEquals(List.of("4 cores, JDK 21.0.5+11-LTS", "4 cores, JDK 25.0.3+9-LTS"),
                analysis.machines().stream().map(Machine::label).toList());
        assertEquals(2, analysis.curves().size());
        assertTrue(analysis.warningTexts().stream().noneMatch(w -> w.contains("appears twice")), analysis.warningTexts().toString());
        assertEquals(List.of("4 cores, JDK 21.0.5+11-LTS", "4 cores, JDK 25.0.3+9-LTS"), analysis.acrossMachines().get(0)
                .curves().stream().map(c -> analysis.acrossMachines().get(0).curveLabel(c)).toList(), "same tasks: not shown");
        assertTrue(Files.exists(out.resolve("charts/fib-virtual-across-machines.svg")));
    }

    @Test
    void write_cpuWorkOnOneCore_isJudgedAgainstItsOwnCores(@TempDir Path runs) throws IOException {
        for (int cores : new int[] {1, 4}) {
            JmhJson json = new JmhJson();
            json.add("a.ScalingBenchmark.batch", "avgt", "ms/op", params("workload", "fib", "engine", "PLATFORM_POOL",
                    "threads", "1"), 100, 1).cpu(1.0, 0, 0);
            json.add("a.ScalingBenchmark.batch", "avgt", "ms/op", params("workload", "fib", "engine", "PLATFORM_POOL",
                    "threads", "2"), cores == 1 ? 100 : 50, 1).cpu(cores == 1 ? 0.9 : 2.0, 0, 0);
            json.write(runs.resolve("c" + cores).resolve("results.json"));
            Files.writeString(runs.resolve("c" + cores).resolve("environment.json"), "{\"cores\" : \"" + cores
                    + "\", \"workloadKinds\" : {\"fib\" : \"CPU\"}}");
        }

        RunAnalysis analysis = Report.write(List.of(runs.resolve("c4"), runs.resolve("c1")), out, Scale.DEFAULT);

        assertTrue(analysis.warningTexts().stream().noneMatch(w -> w.contains("under half")),
                "0.9 of the one core a 1-core machine has is not under half of what it could use, whatever the "
                        + "4-core machine read first: " + analysis.warningTexts());
    }

    @Test
    void compare_twoMachines_saysWhichAndComparesAnyway() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int code = AnalysisCli.run(new String[] {"compare", ONE_CORE.toString(), TWO_CORES.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));

        String text = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(code == AnalysisCli.OK || code == AnalysisCli.FAILED, "not refused: " + code + " " + stderr);
        assertTrue(text.contains("Different machines (cores differ)"), text);
        List<String> rows = text.lines().filter(l -> l.startsWith("|")).map(l -> l.replaceAll(" {2,}", " ")).toList();
        assertTrue(rows.contains("| cores | 1 | 2 | differs |"), rows.toString());
        assertTrue(rows.contains("| host | vm | vm | |"), rows.toString());
        Machine oneCore = Report.write(List.of(ONE_CORE), out.resolve("one"), Scale.DEFAULT).machines().get(0);
        Machine twoCores = Report.write(List.of(TWO_CORES), out.resolve("two"), Scale.DEFAULT).machines().get(0);
        assertEquals(oneCore.facts().get(Machines.JDK), twoCores.facts().get(Machines.JDK));
        assertTrue(text.contains(MachinePair.describe(oneCore, twoCores)), text);
        assertTrue(text.contains("engine=platform-pool"), "engines as users type them: " + text);
        List<BenchmarkResult> before = ResultsReader.read(ONE_CORE.resolve("results.json")).results();
        List<BenchmarkResult> after = ResultsReader.read(TWO_CORES.resolve("results.json")).results();
        List<CompareRow> compared = Comparison.compare(before, after, 5, new ArrayList<>());
        assertTrue(compared.stream().allMatch(r -> r.change() == Change.ONLY_BEFORE || r.change() == Change.ONLY_AFTER),
                compared.toString());
        assertEquals(Set.of("4"), before.stream().map(r -> r.params().get("tasks")).collect(Collectors.toSet()));
        assertEquals(Set.of("8"), after.stream().map(r -> r.params().get("tasks")).collect(Collectors.toSet()));
        assertTrue(text.contains(Comparison.unmatched(compared, before, after) + "\n"), text);
    }

    @Test
    void compare_sameMachine_saysSoInOneLine() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        AnalysisCli.run(new String[] {"compare", TWO_CORES.toString(), TWO_CORES.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

        Machine machine = Report.write(List.of(TWO_CORES), out, Scale.DEFAULT).machines().get(0);
        assertEquals("2", machine.facts().get(Machines.CORES));
        assertEquals("vm", machine.facts().get(Machines.HOST));
        String text = stdout.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\n" + MachinePair.describe(machine, machine)), text);
        assertTrue(text.contains("\nSame machine for both runs: "), text);
    }

    /** The text elements of an SVG, in document order. */
    static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            texts.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
        }
        return texts;
    }
}
