package dev.boundbench.engine.process;

/**
 * A worker process ended before it answered a task: it died, it sent a garbled frame, or the pool
 * killed it. The message names the worker, its pid and the end of its stderr.
 */
public class WorkerLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WorkerLostException(String message) {
        super(message);
    }

    public WorkerLostException(String message, Throwable cause) {
        super(message, cause);
    }
}
