package dev.boundbench.analysis.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A problem the analysis met: what kind it is, the point it concerns, and the whole sentence.
 *
 * @param kind which check or step found it
 * @param point the point in a few words, e.g. {@code fib thread-per-task (size=30, threads=2)}; "" when
 *     the warning is about a file or a curve rather than one point
 * @param text the warning in full, naming its file
 */
public record Warning(Kind kind, String point, String text) {

    /** Checks that nothing is missing. */
    public Warning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(text, "text");
    }

    /** The kinds, in the order a summary lists them. */
    public enum Kind {
        /** Other processes or the hypervisor took CPU while the point ran. */
        DISTURBED("disturbed", "other processes or the hypervisor took CPU while it ran: its score is not to be trusted"),
        /** The iterations' standard deviation against their mean. */
        SPREAD("spread", "its iterations spread widely: a vague score"),
        /** One iteration far from the mean. */
        OUTLIER("outlier", "one iteration lies far from the mean"),
        /** A drift along the iterations. */
        TREND("trend", "its iterations drift: the warm-up was too short, or the machine changed"),
        /** Cores busy against the workload's kind. */
        KIND_CHECK("kind check", "the cores it kept busy contradict its kind of work"),
        /** A point at one thread that ran tasks at once. */
        ONE_THREAD("one thread", "at one thread it ran faster than the sequential engine"),
        /** A curve that cannot give a speedup. */
        CURVE("curve", "a curve has a single point or none at one thread"),
        /** A file, entry or chart that could not be read or drawn as it should. */
        INPUT("input problems", "a file or entry could not be read, or a chart not drawn");

        private final String label;
        private final String meaning;

        Kind(String label, String meaning) {
            this.label = label;
            this.meaning = meaning;
        }

        /** The kind's name in a summary, e.g. {@code spread}. */
        public String label() {
            return label;
        }

        /** What the kind says about a point, in a clause. */
        public String meaning() {
            return meaning;
        }
    }

    /** A warning of {@code kind} on {@code result}: its label, a colon and {@code detail}. */
    public static Warning about(Kind kind, BenchmarkResult result, String detail) {
        return new Warning(kind, pointName(result), result.label() + ": " + detail);
    }

    /** A warning of {@code kind} about no single point. */
    public static Warning general(Kind kind, String text) {
        return new Warning(kind, "", text);
    }

    /** The warning in full, as consoles print it. */
    @Override
    public String toString() {
        return text;
    }

    /** {@code fib thread-per-task (size=30, threads=2)}: the workload and engine, then the other parameters. */
    static String pointName(BenchmarkResult r) {
        Map<String, String> rest = new LinkedHashMap<>(r.params());
        String workload = rest.remove("workload");
        String engine = rest.remove(EngineName.PARAM);
        StringBuilder sb = new StringBuilder(workload == null ? r.shortName() : workload);
        if (engine != null) {
            sb.append(' ').append(EngineName.of(engine));
        }
        String others = EngineName.paramsText(rest);
        if (!others.isEmpty()) {
            sb.append(" (").append(others).append(')');
        }
        return r.machine().isEmpty() ? sb.toString() : sb + " on " + r.machine();
    }
}
