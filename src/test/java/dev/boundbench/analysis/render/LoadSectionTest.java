package dev.boundbench.analysis.render;

import static dev.boundbench.analysis.JmhJson.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.analysis.JmhJson;
import dev.boundbench.analysis.stats.Scale;
import dev.boundbench.analysis.verdict.Analyzer;
import dev.boundbench.analysis.verdict.RunAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's section on latency under CPU hogs, to the character. */
class LoadSectionTest {

    private static final String FAST = "b.ServerBench.fastRequest";
    private static final String FIB = "b.ServerBench.fibRequest";

    @TempDir
    Path dir;

    @Test
    void markdown_serverUnderHogs_summaryThenATablePerModel() {
        JmhJson json = new JmhJson()
                .add(FAST, "sample", "us/op", params("model", "EVENT_LOOP", "hogs", "0"), 125, Double.NaN, null)
                .latency(35, 2_500, 9_100, 64_000)
                .add(FAST, "sample", "us/op", params("model", "EVENT_LOOP", "hogs", "1"), 20_000, Double.NaN, null)
                .latency(19_000, 40_000, 41_000, 400).cpu(2, 0.5, 0)
                .add(FIB, "sample", "us/op", params("model", "EVENT_LOOP", "hogs", "1"), 10_000, Double.NaN, null)
                .latency(9_900, 12_000, 12_500, 800)
                .add(FAST, "sample", "us/op", params("model", "PROCESS_POOL", "hogs", "0"), 400, Double.NaN, null)
                .latency(300, 900, 1_500, 20_000)
                .add(FAST, "sample", "us/op", params("model", "PROCESS_POOL", "hogs", "1"), 500, Double.NaN, null)
                .latency(350, 1_200, 2_000, 16_000);
        RunAnalysis analysis = Analyzer.analyze(List.of(json.write(dir.resolve("results.json"))), Scale.DEFAULT);
        String md = MarkdownReport.markdown(analysis, List.of());

        assertTrue(md.contains("""
                - **model=EVENT_LOOP**: fastRequest 8000 requests/s alone, 50.0 beside 1 hog (0.0063×), p99 2.50 ms → 40.0 ms.
                - **model=PROCESS_POOL**: fastRequest 2500 requests/s alone, 2000 beside 1 hog (0.80×), p99 900 µs → 1.20 ms.
                """), md);
        String section = md.substring(md.indexOf("## " + LoadSection.HEADING), md.indexOf("## Warnings"));
        assertEquals("""
                `ServerBench.fastRequest` at every load:

                | server             | req/s, 0 hogs | req/s, 1 hog | p99, 0 hogs | p99, 1 hog |
                | ------------------ | ------------: | -----------: | ----------: | ---------: |
                | model=EVENT_LOOP   |          8000 |       50.0 ⚠ |     2.50 ms |    40.0 ms |
                | model=PROCESS_POOL |          2500 |         2000 |      900 µs |    1.20 ms |

                ### ServerBench: model=EVENT_LOOP

                | hogs | fastRequest req/s | vs alone |     p50 |     p99 |   p99.9 |      n | fibRequest req/s |     p50 |     p99 |   p99.9 |   n |
                | ---: | ----------------: | -------: | ------: | ------: | ------: | -----: | ---------------: | ------: | ------: | ------: | --: |
                |    0 |              8000 |    1.00× | 35.0 µs | 2.50 ms | 9.10 ms | 64,000 |                  |         |         |         |     |
                |    1 |            50.0 ⚠ | 0.00625× | 19.0 ms | 40.0 ms | 41.0 ms |    400 |              100 | 9.90 ms | 12.0 ms | 12.5 ms | 800 |

                ### ServerBench: model=PROCESS_POOL

                | hogs | fastRequest req/s | vs alone |    p50 |     p99 |   p99.9 |      n |
                | ---: | ----------------: | -------: | -----: | ------: | ------: | -----: |
                |    0 |              2500 |    1.00× | 300 µs |  900 µs | 1.50 ms | 20,000 |
                |    1 |              2000 |   0.800× | 350 µs | 1.20 ms | 2.00 ms | 16,000 |

                """ + Marks.LEGEND + "\n\n", section.substring(section.indexOf("`ServerBench")));
    }
}
