package dev.boundbench.engine.cpython;

import dev.boundbench.workload.Scratch;
import dev.boundbench.workload.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker script's {@code time} mode, ready to start: it times one task of each Python twin
 * before a run, so that the launcher's estimate of a CPython point is CPython's time and not the
 * JVM's (CPython's {@code fib} takes about 40× as long). The script and the twins' files live in a
 * private scratch folder, deleted on close.
 */
public final class TwinTimingScript implements AutoCloseable {

    private final Scratch scratch = new Scratch();
    private final String script;

    public TwinTimingScript(CPythonOptions options) {
        script = WorkerScript.extractInto(scratch.directory(), options.scriptResource()).toString();
    }

    /**
     * The command that times {@code tasks} in order: it prints {@code ready}, then one line per task,
     * {@code ok <median ns> <runs>} or {@code error <text>}, and ends when its stdin ends.
     */
    public List<String> command(PythonInterpreter interpreter, List<Task> tasks) {
        List<String> command = new ArrayList<>(List.of(interpreter.command(), script, "time",
                scratch.directory().toString()));
        tasks.forEach(task -> command.addAll(List.of(task.workload(), Integer.toString(task.size()))));
        return command;
    }

    /** Deletes the script and whatever the twins left in the scratch folder. */
    @Override
    public void close() {
        scratch.close();
    }
}
