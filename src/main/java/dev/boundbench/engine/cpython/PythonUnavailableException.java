package dev.boundbench.engine.cpython;

/** No Python interpreter the CPython engines can use; the message says why, naming the command. */
public final class PythonUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public PythonUnavailableException(String message) {
        super(message);
    }

    public PythonUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
