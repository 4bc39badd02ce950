package dev.boundbench.engine.cpython;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The interpreter the CPython engines run on, as the worker script describes it ({@code describe}).
 *
 * @param command the command it was started with, e.g. {@code python3}
 * @param implementation {@code sys.implementation.name}, e.g. {@code cpython}
 * @param version e.g. {@code 3.11.7}
 * @param executable {@code sys.executable}, the interpreter's real path
 * @param gilEnabled whether the GIL is on ({@code sys._is_gil_enabled()} where it exists, else always)
 * @param freeThreadedBuild whether it is a free-threaded build (3.13t and later), GIL on or off
 * @param twins the workloads with a Python twin, by name
 */
public record PythonInterpreter(String command, String implementation, String version, String executable,
        boolean gilEnabled, boolean freeThreadedBuild, Set<String> twins) {

    public PythonInterpreter {
        twins = Set.copyOf(twins);
    }

    /**
     * The interpreter {@code options} name, asked by running the worker script's {@code describe}.
     *
     * @throws PythonUnavailableException saying why there is none to use, e.g. not on the {@code PATH}
     */
    public static PythonInterpreter probe(CPythonOptions options) throws PythonUnavailableException {
        return InterpreterProbe.run(options);
    }

    /** One line for {@code environment.json} and the report, e.g. {@code CPython 3.11.7 (/usr/bin/python3.11), GIL on}. */
    public String describe() {
        String name = implementation.equals("cpython") ? "CPython" : implementation;
        return name + " " + version + (freeThreadedBuild ? " free-threaded" : "") + " (" + executable + "), GIL "
                + (gilEnabled ? "on" : "off");
    }

    /** The twins, sorted, for messages. */
    public List<String> twinNames() {
        return List.copyOf(new TreeSet<>(twins));
    }
}
