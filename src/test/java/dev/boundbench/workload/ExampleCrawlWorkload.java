package dev.boundbench.workload;

import dev.boundbench.net.Loopback;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The README's example of a workload that asks for a resource, kept in the test sources: taking a
 * {@link Loopback} parameter gets it the trial's page server on 127.0.0.1 and its HTTP client.
 */
public final class ExampleCrawlWorkload {

    private ExampleCrawlWorkload() {
    }

    /** GETs {@code pages} pages of 4 KiB one after another, as a crawler following links; returns the bytes. */
    @Workload(name = "crawl", kind = Kind.IO, defaultSize = 3, sizeMeaning = "4-KiB pages fetched one after another",
            tasks = 10)
    public static long crawl(int pages, Loopback loopback) throws Exception {
        long bytes = 0;
        for (int page = 0; page < pages; page++) {
            HttpResponse<byte[]> response = loopback.client().send(HttpRequest.newBuilder(loopback.uri(4)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode());
            }
            bytes += response.body().length;
        }
        return bytes;
    }
}
