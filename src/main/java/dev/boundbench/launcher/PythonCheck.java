package dev.boundbench.launcher;

import dev.boundbench.engine.cpython.CPythonOptions;
import dev.boundbench.engine.cpython.PythonInterpreter;
import dev.boundbench.engine.cpython.PythonUnavailableException;
import java.util.function.Supplier;

/**
 * What the launcher found for the CPython engines: the interpreter, or why there is none to use.
 *
 * @param interpreter the interpreter, or null when there is none
 * @param problem why there is none (e.g. "python3 was not found on the PATH"), or null
 */
record PythonCheck(PythonInterpreter interpreter, String problem) {

    /** The name of the entry in {@code environment.json}. */
    static final String ENVIRONMENT_KEY = "python";

    PythonCheck {
        if ((interpreter == null) == (problem == null)) {
            throw new IllegalArgumentException("A Python check holds an interpreter or a problem, got " + interpreter
                    + " and " + problem);
        }
    }

    /** Asks the interpreter {@code options} name to describe itself. */
    static PythonCheck probe(CPythonOptions options) {
        try {
            return new PythonCheck(PythonInterpreter.probe(options), null);
        } catch (PythonUnavailableException e) {
            return new PythonCheck(null, e.getMessage());
        }
    }

    boolean available() {
        return interpreter != null;
    }

    /** The {@code environment.json} entry: the interpreter, its version and GIL, or why there is none. */
    String describe() {
        return available() ? interpreter.describe() : "none: " + problem;
    }

    /**
     * A check made on the first {@link #get()} and kept (starting an interpreter takes up to a
     * second); {@link #ifDone()} tells whether anyone asked.
     */
    static final class OnFirstUse implements Supplier<PythonCheck> {

        private final Supplier<PythonCheck> check;
        private PythonCheck value;

        OnFirstUse(Supplier<PythonCheck> check) {
            this.check = check;
        }

        @Override
        public synchronized PythonCheck get() {
            if (value == null) {
                value = check.get();
            }
            return value;
        }

        /** The check if it was made, else null. */
        synchronized PythonCheck ifDone() {
            return value;
        }
    }
}
