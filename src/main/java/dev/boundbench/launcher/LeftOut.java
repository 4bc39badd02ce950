package dev.boundbench.launcher;

/**
 * Points a plan leaves out: which, why as data, and why in the words of the plan's "Left out".
 *
 * @param points the points, as the plan names them: "fib on sequential, threads 2,4 (tasks 8)"
 * @param reason why they are left out
 * @param because the reason in words: "sequential takes at most 1"
 */
public record LeftOut(String points, Reason reason, String because) {

    /** Why points are left out of a plan. */
    public enum Reason {
        /** More threads than the engine takes. */
        ENGINE_LIMIT,
        /** More threads than tasks. */
        MORE_THREADS_THAN_TASKS,
        /** More tasks per thread than the profile finds quick enough. */
        TOO_SLOW_FOR_PROFILE,
        /** A workload measured only when named. */
        ONLY_WHEN_NAMED,
        /** CPython engines the profile leaves out unless named. */
        NOT_IN_PROFILE,
        /** CPython engines without a usable interpreter. */
        NO_INTERPRETER,
        /** CPython engines for a workload without a Python twin. */
        NO_PYTHON_TWIN,
        /** A workload the size sweep does not take: not CPU work. */
        NOT_CPU_WORK,
        /** A CPU workload with no sizes to sweep. */
        NO_SWEEP_SIZES
    }

    /** The line the plan prints: the points, then why. */
    @Override
    public String toString() {
        return points + ": " + because;
    }
}
