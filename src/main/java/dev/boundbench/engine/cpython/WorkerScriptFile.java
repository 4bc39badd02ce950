package dev.boundbench.engine.cpython;

import dev.boundbench.workload.Scratch;
import dev.boundbench.workload.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The worker script copied out of the jar for its modes that other parts of the suite start: {@code
 * time}, which times one task of each Python twin before a run (so that the launcher's estimate of a
 * CPython point is CPython's time, about 40× the JVM's for {@code fib}), and {@code fib-server}, the
 * articles' fib server in CPython. The script and the twins' files live in a private scratch folder,
 * deleted on close.
 */
public final class WorkerScriptFile implements AutoCloseable {

    private final Scratch scratch = new Scratch();
    private final String script;

    public WorkerScriptFile(CPythonOptions options) {
        script = WorkerScript.extractInto(scratch.directory(), options.scriptResource()).toString();
    }

    /**
     * The command that times {@code tasks} in order: it prints {@code ready}, then one line per task,
     * {@code ok <median ns> <runs>} or {@code error <text>}, and ends when its stdin ends.
     */
    public List<String> timingCommand(PythonInterpreter interpreter, List<Task> tasks) {
        List<String> command = new ArrayList<>(List.of(interpreter.command(), script, "time",
                scratch.directory().toString()));
        tasks.forEach(task -> command.addAll(List.of(task.workload(), Integer.toString(task.size()))));
        return command;
    }

    /**
     * The command of a fib server in CPython: it prints {@code port <n>} once it listens on 127.0.0.1,
     * and ends, its pool's processes with it, when its stdin ends or this JVM dies.
     *
     * @param python the interpreter's command, e.g. {@code python3}
     * @param mode {@code threads}, {@code asyncio} or {@code asyncio-processes}
     * @param poolSize the processes of {@code asyncio-processes}
     */
    public List<String> fibServerCommand(String python, String mode, int poolSize) {
        return List.of(python, script, "fib-server", mode, Integer.toString(poolSize),
                Long.toString(ProcessHandle.current().pid()));
    }

    /** Deletes the script and whatever the twins left in the scratch folder. */
    @Override
    public void close() {
        scratch.close();
    }
}
