package dev.boundbench.workload;

import java.io.IOException;

/**
 * A workload's scratch folder ran out of disk space. Its message is one line naming
 * {@code java.io.tmpdir} and the space left there, so that a run on a full disk stops with that
 * line rather than a stack trace; {@link #lineIn(Throwable)} finds it again, also in the text of
 * an error that crossed a pipe from a worker process.
 */
public final class DiskFullException extends IOException {

    private static final long serialVersionUID = 1L;

    /** What every message starts with. */
    static final String PREFIX = "No space left in ";

    DiskFullException(String message, IOException cause) {
        super(message, cause);
    }

    /**
     * The one line of the first disk-full error in {@code failure}, its causes and suppressed
     * exceptions, or null when there is none.
     */
    public static String lineIn(Throwable failure) {
        if (failure == null) {
            return null;
        }
        if (failure instanceof DiskFullException full) {
            return full.getMessage();
        }
        String line = lineIn(failure.getMessage());
        if (line != null) {
            return line;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            line = lineIn(suppressed);
            if (line != null) {
                return line;
            }
        }
        return failure.getCause() == failure ? null : lineIn(failure.getCause());
    }

    /**
     * The one line of a disk-full error in {@code text} (a message, a stack trace, an error that
     * crossed a pipe: {@code "...DiskFullException: No space left in ...; caused by ..."}), or null.
     */
    public static String lineIn(String text) {
        int at = text == null ? -1 : text.indexOf(PREFIX);
        if (at < 0) {
            return null;
        }
        String line = text.substring(at).lines().findFirst().orElse("");
        int cause = line.indexOf("; caused by ");
        return cause < 0 ? line : line.substring(0, cause);
    }
}
