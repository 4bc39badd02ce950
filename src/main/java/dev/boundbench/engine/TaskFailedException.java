package dev.boundbench.engine;

import dev.boundbench.workload.Task;

/** A task of a batch failed; names the task's index in the batch and its workload. */
public final class TaskFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;
    private final transient Task task;

    public TaskFailedException(int index, Task task, Throwable cause) {
        super("Task " + index + " (" + task + ") failed: " + describe(cause), cause);
        this.index = index;
        this.task = task;
    }

    /** The task's position in the batch, from 0. */
    public int index() {
        return index;
    }

    public Task task() {
        return task;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
