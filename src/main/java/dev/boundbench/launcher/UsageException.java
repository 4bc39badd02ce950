package dev.boundbench.launcher;

/** Bad input on the command line; its message is the one line shown to the user. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
