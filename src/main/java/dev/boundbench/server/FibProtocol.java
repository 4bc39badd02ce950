package dev.boundbench.server;

import dev.boundbench.workload.CpuWorkloads;

/**
 * The fib server's line protocol, shared by every model: a request is a line holding {@code n}, the
 * answer a line holding {@code fib(n)}, or {@code error: …} naming what was wrong.
 */
final class FibProtocol {

    /** The longest request line the server reads; a longer one is answered with an error and closed. */
    static final int MAX_LINE_BYTES = 64;

    /**
     * How many connections the kernel holds for a server before it accepts them, in every model
     * (the CPython script's too): enough that clients connecting at once are never refused or reset.
     */
    static final int LISTEN_BACKLOG = 128;

    private FibProtocol() {
    }

    /** The answer to one request line, computed on the calling thread. */
    static String answer(String line) {
        try {
            return Long.toString(CpuWorkloads.fib(parse(line)));
        } catch (NumberFormatException e) {
            return error(line);
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    /**
     * The {@code n} of a request line.
     *
     * @throws NumberFormatException when the line is not a whole number
     */
    static int parse(String line) {
        return Integer.parseInt(line.strip());
    }

    /** The answer to a line that is not a whole number. */
    static String error(String line) {
        return "error: expected a whole number n, got \"" + line + "\"";
    }
}
