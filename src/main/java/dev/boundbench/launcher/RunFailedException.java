package dev.boundbench.launcher;

/**
 * The run cannot go on, for a reason said in one line (a task that fails, a full disk); the
 * launcher prints the message as it is and exits with 1.
 */
final class RunFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RunFailedException(String message) {
        super(message);
    }
}
