package dev.boundbench.launcher;

import java.io.IOException;
import java.io.OutputStream;

/** Writes everything to two streams: the terminal and the run's console.log. */
final class TeeOutputStream extends OutputStream {

    private final OutputStream first;
    private final OutputStream second;

    TeeOutputStream(OutputStream first, OutputStream second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
        first.write(b);
        second.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        first.write(bytes, offset, length);
        second.write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        first.flush();
        second.flush();
    }

    /** Closes the second stream only: the first is the terminal. */
    @Override
    public void close() throws IOException {
        flush();
        second.close();
    }
}
