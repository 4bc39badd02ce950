package dev.boundbench.server;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One connection to a {@link FibServer}: sends {@code n}, waits for {@code fib(n)}. */
public final class FibClient implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    /** Connects to 127.0.0.1:{@code port}. */
    public FibClient(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setTcpNoDelay(true);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
    }

    /**
     * Asks for fib({@code n}) and waits for the answer.
     *
     * @throws IOException when the connection fails or the server answers with an error
     */
    public long ask(int n) throws IOException {
        send(n);
        return receive();
    }

    /** Sends a request for fib({@code n}) without waiting; {@link #receive()} reads the answer. */
    public void send(int n) throws IOException {
        out.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * Waits for the next answer.
     *
     * @throws IOException when the connection fails or the server answers with an error
     */
    public long receive() throws IOException {
        String answer = in.readLine();
        if (answer == null) {
            throw new EOFException("The fib server closed the connection");
        }
        if (answer.startsWith("error: ")) {
            throw new IOException("The fib server answered " + answer);
        }
        return Long.parseLong(answer);
    }

    /** Whether bytes of an answer have arrived, so that {@link #receive()} has something to read. */
    public boolean answerArrived() throws IOException {
        return in.ready() || socket.getInputStream().available() > 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
