package dev.boundbench.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.Engine;
import dev.boundbench.engine.EngineType;
import dev.boundbench.engine.TaskFailedException;
import dev.boundbench.workload.IoWorkloads;
import dev.boundbench.workload.Task;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A client facing wrong answers: each fails with the address and what was wrong, never a wrong result. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PageClientTest {

    private static final String OK_1024 = "HTTP/1.1 200 OK\nContent-Length: 1024";

    @Test
    void fetch_bodyCutShort_failsNamingTheAddress() throws Exception {
        try (CannedServer server = CannedServer.answering(OK_1024, Arrays.copyOf(Pages.bytes(1), 1000));
             PageClient client = new PageClient()) {
            IOException e = assertThrows(IOException.class, () -> client.fetch(server, 1));
            assertTrue(e.getMessage().startsWith("GET " + server.uri(1) + " failed: "), e.getMessage());
        }
    }

    @Test
    void fetch_shortPage_failsWithBothLengths() throws Exception {
        try (CannedServer server = CannedServer.answering("HTTP/1.1 200 OK\nContent-Length: 1000",
                Arrays.copyOf(Pages.bytes(1), 1000)); PageClient client = new PageClient()) {
            IOException e = assertThrows(IOException.class, () -> client.fetch(server, 1));
            assertEquals("GET " + server.uri(1) + " gave 1000 bytes, expected 1024", e.getMessage());
        }
    }

    @Test
    void fetch_oneWrongByte_failsWithBothChecksums() throws Exception {
        byte[] page = Pages.bytes(1);
        page[500] ^= 1;
        try (CannedServer server = CannedServer.answering(OK_1024, page); PageClient client = new PageClient()) {
            IOException e = assertThrows(IOException.class, () -> client.fetch(server, 1));
            assertEquals("GET " + server.uri(1) + " gave 1024 bytes with CRC32C " + crc(page)
                    + ", expected c5550ad7", e.getMessage());
        }
    }

    @Test
    void fetch_errorStatus_quotesTheServersText() throws Exception {
        try (CannedServer server = CannedServer.answering("HTTP/1.1 503 Service Unavailable\nContent-Length: 10",
                "overloaded".getBytes(StandardCharsets.UTF_8)); PageClient client = new PageClient()) {
            IOException e = assertThrows(IOException.class, () -> client.fetch(server, 1));
            assertEquals("GET " + server.uri(1) + " answered HTTP 503: overloaded", e.getMessage());
        }
    }

    @Test
    void downloadBatch_wrongAnswer_failsTheBatchNamingTaskAndChecksums() throws Exception {
        byte[] page = Pages.bytes(2);
        page[2047] ^= 0x40;
        try (CannedServer server = CannedServer.answering("HTTP/1.1 200 OK\nContent-Length: 2048", page);
             Loopback loopback = new Loopback(server, new PageClient());
             Engine engine = EngineType.VIRTUAL.create(4, task -> IoWorkloads.download(task.size(), loopback))) {
            TaskFailedException e = assertThrows(TaskFailedException.class,
                    () -> engine.run(Collections.nCopies(4, new Task("download", 2))));
            assertEquals("Task " + e.index() + " (download(2)) failed: IOException: GET " + server.uri(2)
                    + " gave 2048 bytes with CRC32C " + crc(page) + ", expected " + hex(Pages.checksum(2)),
                    e.getMessage());
        }
    }

    private static String crc(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return hex(crc.getValue());
    }

    private static String hex(long value) {
        return String.format("%08x", value);
    }
}
