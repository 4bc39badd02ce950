package dev.boundbench.engine.process;

import dev.boundbench.workload.Task;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;

/**
 * The wire format between the pool and a worker, over the worker's stdin and stdout. Every number is
 * big-endian, as {@link DataOutputStream} writes it; strings are {@code writeUTF} (a 2-byte length,
 * then modified UTF-8). No Java serialization.
 *
 * <pre>
 * worker → pool, once:  int MAGIC, int VERSION                  (the worker is ready)
 * pool → worker:        byte 'R', long taskId, UTF workload, int size
 * pool → worker:        byte 'P', long pingId                  (CPython workers only: answered at once)
 * worker → pool:        long taskId, byte 'K', long nanos, long result
 *                    or long taskId, byte 'E', long nanos, UTF errorText
 * </pre>
 * {@code nanos} is the time the task took inside the worker; a ping is answered as a task with
 * result 0 in 0 ns. Public because the CPython engines ({@code dev.boundbench.engine.cpython}) speak
 * the same format to a Python worker.
 */
public final class Frames {

    /** "BBW1": the first four bytes a worker writes. */
    static final int MAGIC = 0x42425731;
    static final int VERSION = 1;
    static final byte RUN = 'R';
    static final byte PING = 'P';
    static final byte OK = 'K';
    static final byte ERROR = 'E';
    /** Error texts longer than this many chars are cut, so that writeUTF's 64 KiB limit holds. */
    static final int MAX_TEXT_CHARS = 8_000;
    static final int MAX_WORKLOAD_CHARS = 200;

    private Frames() {
    }

    static void writeHandshake(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
    }

    /** Reads the worker's handshake; throws {@link FrameException} if anything else comes first. */
    public static void readHandshake(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new FrameException(String.format("Garbled handshake: expected magic 0x%08x, got 0x%08x \"%s\""
                    + " (something other than the worker wrote to its stdout)", MAGIC, magic, printable(magic)));
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new FrameException("Garbled handshake: protocol version " + version + ", expected " + VERSION);
        }
    }

    /** The four bytes of {@code word} as ASCII, non-printable ones as '.'. */
    private static String printable(int word) {
        StringBuilder text = new StringBuilder();
        for (int shift = 24; shift >= 0; shift -= 8) {
            int b = (word >>> shift) & 0xff;
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return text.toString();
    }

    public static void writeRequest(DataOutputStream out, long taskId, Task task) throws IOException {
        out.writeByte(RUN);
        out.writeLong(taskId);
        out.writeUTF(task.workload());
        out.writeInt(task.size());
    }

    /** Asks for a reply to {@code pingId} with no work: the pipe round trip. */
    public static void writePing(DataOutputStream out, long pingId) throws IOException {
        out.writeByte(PING);
        out.writeLong(pingId);
    }

    /**
     * Reads one request.
     *
     * @return the request, or {@code null} when the stream ends cleanly before a frame
     * @throws FrameException when the bytes are not a request
     */
    static Request readRequest(DataInputStream in) throws IOException {
        int type = in.read();
        if (type < 0) {
            return null;
        }
        if (type != RUN) {
            throw new FrameException(String.format("Garbled request: unknown frame type 0x%02x", type));
        }
        long taskId = in.readLong();
        String workload = readText(in, "workload name of task " + taskId);
        if (workload.isBlank() || workload.length() > MAX_WORKLOAD_CHARS) {
            throw new FrameException("Garbled request: task " + taskId + " has a workload name of "
                    + workload.length() + " chars");
        }
        return new Request(taskId, new Task(workload, in.readInt()));
    }

    static void writeResult(DataOutputStream out, long taskId, long nanos, long result) throws IOException {
        out.writeLong(taskId);
        out.writeByte(OK);
        out.writeLong(nanos);
        out.writeLong(result);
    }

    static void writeError(DataOutputStream out, long taskId, long nanos, String text) throws IOException {
        out.writeLong(taskId);
        out.writeByte(ERROR);
        out.writeLong(nanos);
        out.writeUTF(text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) + "…" : text);
    }

    /**
     * Reads one response.
     *
     * @throws EOFException when the worker's stdout ends
     * @throws FrameException when the bytes are not a response
     */
    public static Response readResponse(DataInputStream in) throws IOException {
        long taskId = in.readLong();
        int status = in.readUnsignedByte();
        long nanos = in.readLong();
        return switch (status) {
            case OK -> new Response(taskId, nanos, in.readLong(), null);
            case ERROR -> new Response(taskId, nanos, 0, readText(in, "error text of task " + taskId));
            default -> throw new FrameException(String.format(
                    "Garbled response: unknown status byte 0x%02x for task id %d", status, taskId));
        };
    }

    private static String readText(DataInputStream in, String what) throws IOException {
        try {
            return in.readUTF();
        } catch (UTFDataFormatException e) {
            throw new FrameException("Garbled frame: the " + what + " is not modified UTF-8", e);
        }
    }

    /**
     * A task as the worker receives it.
     *
     * @param taskId the pool's id for the task, echoed in the response
     * @param task the workload and size
     */
    record Request(long taskId, Task task) {
    }

    /**
     * A worker's answer.
     *
     * @param taskId the id of the request answered
     * @param nanos the time the task took in the worker, in nanoseconds
     * @param result the task's result when {@code error} is null
     * @param error the error text, or null on success
     */
    public record Response(long taskId, long nanos, long result, String error) {
        public boolean ok() {
            return error == null;
        }
    }
}
