package dev.boundbench.launcher;

import dev.boundbench.engine.EngineType;
import dev.boundbench.launcher.LeftOut.Reason;
import dev.boundbench.workload.WorkloadDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Which CPython engines a plan keeps, each exclusion one line of the plan's "Left out": none in the
 * quick and standard profiles unless named with {@code --engine} (CPython runs fib(30) about 40×
 * slower than the JVM: they would take the whole matrix from about 4 to 6 minutes in quick and from
 * about 22 to 45 in standard, against 5 and 25), none without a usable interpreter (the rest of the
 * run goes on), and none for a workload without a Python twin.
 */
final class CPythonPlanning {

    private final Supplier<PythonCheck> python;

    /** @param python asked only when a CPython engine is still in the plan, and then once */
    CPythonPlanning(Supplier<PythonCheck> python) {
        this.python = new PythonCheck.OnFirstUse(python);
    }

    /** The engines to plan, without the CPython ones the profile or a missing interpreter rules out. */
    List<EngineType> engines(List<EngineType> engines, RunRequest request, List<LeftOut> skipped) {
        List<EngineType> cpython = engines.stream().filter(EngineType::cpython).toList();
        if (cpython.isEmpty()) {
            return engines;
        }
        LeftOut leftOut = null;
        if (request.engines().isEmpty() && request.profile() != Profile.FULL) {
            leftOut = new LeftOut(names(cpython), Reason.NOT_IN_PROFILE, "left out of the " + request.profile().id()
                    + " profile: CPython takes about 40 times the JVM's time for the same work; name them with"
                    + " --engine, or use --profile full");
        } else if (!python.get().available()) {
            leftOut = new LeftOut(names(cpython), Reason.NO_INTERPRETER, "no Python interpreter: "
                    + python.get().problem() + "; install python3 or name one with --python");
        }
        if (leftOut == null) {
            return engines;
        }
        skipped.add(leftOut);
        List<EngineType> kept = new ArrayList<>(engines);
        kept.removeAll(cpython);
        return kept;
    }

    /**
     * The engines to plan for {@code workload}: without the CPython ones when it has no Python twin,
     * saying so in one line.
     */
    List<EngineType> enginesFor(WorkloadDescriptor workload, List<EngineType> engines, List<LeftOut> skipped) {
        List<EngineType> cpython = engines.stream().filter(EngineType::cpython).toList();
        if (cpython.isEmpty() || python.get().interpreter().twins().contains(workload.name())) {
            return engines;
        }
        skipped.add(new LeftOut(workload.name() + " on " + names(cpython), Reason.NO_PYTHON_TWIN,
                "no Python twin (the worker script's twins: " + String.join(", ", python.get().interpreter().twinNames())
                        + "; README, \"adding a workload\")"));
        return engines.stream().filter(e -> !e.cpython()).toList();
    }

    private static String names(List<EngineType> engines) {
        return engines.stream().map(EngineType::id).collect(Collectors.joining(", "));
    }
}
