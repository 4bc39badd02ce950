package dev.boundbench.engine.process;

import java.util.concurrent.TimeUnit;

/**
 * Why a worker's stdout ended, in the words of the error that fails its tasks: a garbled frame (the
 * worker was killed for it), else its exit status once it has exited, or that it stopped answering;
 * each with the end of its stderr. Shared by the process pool and the CPython engines.
 */
public final class WorkerEnd {

    private static final long STDERR_WAIT_MILLIS = 500;

    private WorkerEnd() {
    }

    /**
     * Waits up to {@code exitWaitMillis} for {@code process} to exit and a moment for its stderr to
     * end, then says what happened.
     *
     * @param worker names the worker, e.g. {@code worker 0 (pid 123)}
     * @param cause what ended the reading: a {@link FrameException} for a garbled frame
     */
    public static WorkerLostException lost(String worker, Process process, StderrTail stderr, Throwable cause,
            long exitWaitMillis) {
        Integer status = null;
        try {
            if (process.waitFor(exitWaitMillis, TimeUnit.MILLISECONDS)) {
                status = process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stderr.awaitEnd(STDERR_WAIT_MILLIS);
        String what = cause instanceof FrameException
                ? cause.getMessage() + " from " + worker + ", which was killed"
                : worker + (status == null ? " stopped answering" : " died with exit status " + status);
        return new WorkerLostException(what + "; its stderr: " + stderr.text(), cause);
    }
}
