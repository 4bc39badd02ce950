package dev.boundbench.engine.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.boundbench.workload.Task;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The wire format: what is written reads back, and garbage fails with a message naming it. */
class FramesTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    private DataInputStream written() {
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void readRequest_readsWhatWasWritten() throws IOException {
        Frames.writeRequest(out, 42L << 32 | 7, new Task("prime-sum", 200_000));
        DataInputStream in = written();
        assertEquals(new Frames.Request(42L << 32 | 7, new Task("prime-sum", 200_000)), Frames.readRequest(in));
        assertNull(Frames.readRequest(in), "a clean end of stream between frames");
    }

    @Test
    void readResponse_readsResultsAndErrors() throws IOException {
        Frames.writeResult(out, 1, 500, 832_040);
        Frames.writeError(out, 2, 600, "java.lang.IllegalArgumentException: fib needs n >= 0, got -1");
        DataInputStream in = written();
        assertEquals(new Frames.Response(1, 500, 832_040, null), Frames.readResponse(in));
        assertEquals(new Frames.Response(2, 600, 0, "java.lang.IllegalArgumentException: fib needs n >= 0, got -1"),
                Frames.readResponse(in));
    }

    @Test
    void writeError_cutsLongTexts() throws IOException {
        Frames.writeError(out, 3, 0, "x".repeat(100_000));
        assertEquals(Frames.MAX_TEXT_CHARS + 1, Frames.readResponse(written()).error().length());
    }

    @Test
    void readRequest_unknownType_namesTheByte() throws IOException {
        out.writeBytes("XYZ");
        FrameException error = assertThrows(FrameException.class, () -> Frames.readRequest(written()));
        assertEquals("Garbled request: unknown frame type 0x58", error.getMessage());
    }

    @Test
    void readRequest_blankWorkload_isGarbled() throws IOException {
        out.writeByte(Frames.RUN);
        out.writeLong(9);
        out.writeUTF(" ");
        out.writeInt(1);
        FrameException error = assertThrows(FrameException.class, () -> Frames.readRequest(written()));
        assertEquals("Garbled request: task 9 has a workload name of 1 chars", error.getMessage());
    }

    @Test
    void readResponse_unknownStatus_namesTheByte() throws IOException {
        out.writeLong(5);
        out.writeByte('?');
        out.writeLong(0);
        FrameException error = assertThrows(FrameException.class, () -> Frames.readResponse(written()));
        assertEquals("Garbled response: unknown status byte 0x3f for task id 5", error.getMessage());
    }

    @Test
    void readResponse_truncated_isEndOfStream() throws IOException {
        out.writeLong(5);
        assertThrows(EOFException.class, () -> Frames.readResponse(written()));
    }

    @Test
    void readHandshake_wrongMagic_saysWhatCameInstead() throws IOException {
        out.writeBytes("hello\n\n\n");
        FrameException error = assertThrows(FrameException.class, () -> Frames.readHandshake(written()));
        assertEquals("Garbled handshake: expected magic 0x42425731, got 0x68656c6c \"hell\" (something other than the"
                + " worker wrote to its stdout)", error.getMessage());
    }
}
