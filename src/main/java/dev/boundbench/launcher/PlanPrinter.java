package dev.boundbench.launcher;

import java.io.PrintStream;

/** Prints a run's plan (its points, what was left out, the estimate): to the terminal for a dry run, to the log for a run. */
@FunctionalInterface
interface PlanPrinter {

    /** Prints the plan to {@code stream}. */
    void print(PrintStream stream);
}
