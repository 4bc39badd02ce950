package dev.boundbench.engine.cpython;

import java.util.Locale;

/** Which of CPython's ways to run tasks at once the Python worker makes its pool from. */
public enum PythonPoolKind {

    /** {@code concurrent.futures.ThreadPoolExecutor}: threads, one at a time in Python code while the GIL is on. */
    THREADS,
    /** {@code concurrent.futures.ProcessPoolExecutor}: child processes, each with its own interpreter. */
    PROCESSES,
    /** Coroutines on one {@code asyncio} event loop: waiting overlaps, CPU work blocks the loop. */
    ASYNCIO;

    /** The worker's command-line argument, e.g. {@code threads}. */
    public String argument() {
        return name().toLowerCase(Locale.ROOT);
    }
}
