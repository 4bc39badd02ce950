package dev.boundbench.engine.process;

import java.io.IOException;

/** A frame on a worker pipe could not be read: wrong magic, unknown type or status, bad length. */
public final class FrameException extends IOException {

    private static final long serialVersionUID = 1L;

    public FrameException(String message) {
        super(message);
    }

    public FrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
