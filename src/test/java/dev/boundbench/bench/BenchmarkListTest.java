package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Guards the JDK 23+ trap: javac skips annotation processors found only on the class path, and the
 * jar then fails at run time with "Unable to find the resource: /META-INF/BenchmarkList".
 */
class BenchmarkListTest {

    @Test
    void benchmarkList_isGeneratedAndNamesTheScalingBenchmark() throws Exception {
        try (InputStream list = ScalingBenchmark.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            assertNotNull(list, "META-INF/BenchmarkList missing: is jmh-generator-annprocess in"
                    + " annotationProcessorPaths of the compiler plugin?");
            String text = new String(list.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("dev.boundbench.bench.ScalingBenchmark"), text);
        }
    }
}
