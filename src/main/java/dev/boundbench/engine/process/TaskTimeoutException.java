package dev.boundbench.engine.process;

/** A task ran past the pool's time limit; its worker was killed and replaced. */
public final class TaskTimeoutException extends WorkerLostException {

    private static final long serialVersionUID = 1L;

    public TaskTimeoutException(String message) {
        super(message);
    }
}
