package dev.boundbench.engine.process;

/** A task threw in a worker process; the message is the worker's error text and names the worker. */
public final class RemoteTaskException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RemoteTaskException(String message) {
        super(message);
    }
}
