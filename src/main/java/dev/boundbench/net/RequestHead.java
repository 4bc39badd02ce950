package dev.boundbench.net;

import java.util.Locale;

/**
 * The part of an HTTP/1.x request head a page server needs: the request line, and whether the
 * client asks to close the connection after the answer.
 *
 * @param method the method, e.g. {@code GET}
 * @param target the request target, e.g. {@code /64}
 * @param version the protocol, e.g. {@code HTTP/1.1}
 * @param close whether the connection ends after the answer ({@code Connection: close}, or HTTP/1.0
 *              without {@code Connection: keep-alive})
 */
record RequestHead(String method, String target, String version, boolean close) {

    /**
     * Parses a request head, the lines before the empty line, each ended by CRLF.
     *
     * @throws IllegalArgumentException quoting a request line that is not {@code METHOD TARGET VERSION}
     */
    static RequestHead parse(String head) {
        int lineEnd = head.indexOf("\r\n");
        String requestLine = lineEnd < 0 ? head : head.substring(0, lineEnd);
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/")) {
            throw new IllegalArgumentException("Not an HTTP request line: \"" + requestLine + "\"");
        }
        String headers = head.substring(requestLine.length()).toLowerCase(Locale.ROOT);
        boolean http10 = parts[2].equals("HTTP/1.0");
        boolean close = headers.contains("\r\nconnection: close")
                || http10 && !headers.contains("\r\nconnection: keep-alive");
        return new RequestHead(parts[0], parts[1], parts[2], close);
    }

    /**
     * The page size a {@code GET /<KiB>} asks for.
     *
     * @throws IllegalArgumentException naming the target and the pages there are
     */
    int pageKib() {
        return pageKib(target);
    }

    /** The page size a request target {@code /<KiB>} names; see {@link #pageKib()}. */
    static int pageKib(String target) {
        String digits = target.startsWith("/") ? target.substring(1) : "";
        if (!digits.isEmpty() && digits.length() <= 9 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int kib = Integer.parseInt(digits);
            if (kib <= Pages.MAX_KIB) {
                return kib;
            }
        }
        throw new IllegalArgumentException("No page \"" + target + "\": the pages are /0 to /" + Pages.MAX_KIB
                + " (KiB)");
    }
}
