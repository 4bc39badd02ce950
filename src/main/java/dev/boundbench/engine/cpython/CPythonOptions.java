package dev.boundbench.engine.cpython;

/**
 * How the CPython engines start their Python worker. {@link #fromSystemProperties()} reads
 * {@value #PYTHON_PROPERTY}, which the launcher's {@code --python} sets for every JMH fork.
 *
 * @param python the interpreter: a command looked up on the {@code PATH} ({@value #DEFAULT_PYTHON} by
 *        default) or a path, e.g. {@code /usr/bin/python3.13t}
 * @param scriptResource the class-path resource of the worker script; tests swap in misbehaving ones
 */
public record CPythonOptions(String python, String scriptResource) {

    /** The system property naming the interpreter. */
    public static final String PYTHON_PROPERTY = "boundbench.python";

    /** The interpreter used when none is named. */
    public static final String DEFAULT_PYTHON = "python3";

    /** The worker script shipped in the jar. */
    public static final String WORKER_SCRIPT = "/dev/boundbench/engine/cpython/boundbench_worker.py";

    public CPythonOptions {
        if (python == null || python.isBlank()) {
            throw new IllegalArgumentException("The Python interpreter must be named, got \"" + python + "\"");
        }
        if (scriptResource == null || CPythonOptions.class.getResource(scriptResource) == null) {
            throw new IllegalArgumentException("No worker script " + scriptResource + " on the class path");
        }
        python = python.strip();
    }

    /** The interpreter of {@value #PYTHON_PROPERTY} (default {@value #DEFAULT_PYTHON}) and the shipped script. */
    public static CPythonOptions fromSystemProperties() {
        return new CPythonOptions(System.getProperty(PYTHON_PROPERTY, DEFAULT_PYTHON), WORKER_SCRIPT);
    }

    public CPythonOptions withScriptResource(String resource) {
        return new CPythonOptions(python, resource);
    }

    public CPythonOptions withPython(String interpreter) {
        return new CPythonOptions(interpreter, scriptResource);
    }
}
