package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

/** An earlier run's JMH entries with some measured again. */
class ResultsMergeTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ArrayNode array(String json) throws Exception {
        return (ArrayNode) MAPPER.readTree(json.replace('\'', '"'));
    }

    private static String entry(String engine, int threads, double score) {
        return "{'benchmark' : 'b.ScalingBenchmark.batch', 'mode' : 'avgt', 'threads' : 1, 'params' : {'engine' : '"
                + engine + "', 'threads' : '" + threads + "', 'workload' : 'fib'}, 'primaryMetric' : {'score' : "
                + score + "}}";
    }

    @Test
    void merge_replacesEachTwinInPlace_andAppendsTheRest() throws Exception {
        ArrayNode base = array("[" + entry("SEQUENTIAL", 1, 40) + ", " + entry("VIRTUAL", 1, 41) + ", "
                + entry("VIRTUAL", 2, 99) + "]");
        ArrayNode measured = array("[" + entry("VIRTUAL", 2, 21) + ", " + entry("VIRTUAL", 4, 20) + "]");

        ArrayNode merged = ResultsMerge.merge(base, measured);

        assertEquals(array("[" + entry("SEQUENTIAL", 1, 40) + ", " + entry("VIRTUAL", 1, 41) + ", "
                + entry("VIRTUAL", 2, 21) + ", " + entry("VIRTUAL", 4, 20) + "]"), merged);
        assertEquals(99, base.get(2).path("primaryMetric").path("score").asDouble(), "the earlier array is left as it was");
    }

    @Test
    void key_paramsInAnyOrder_sameKey_otherModeOrBenchmark_otherKey() throws Exception {
        String a = "{'benchmark' : 'b.B.m', 'mode' : 'avgt', 'threads' : 1, 'params' : {'x' : '1', 'y' : '2'}}";
        String b = "{'mode' : 'avgt', 'benchmark' : 'b.B.m', 'threads' : 1, 'params' : {'y' : '2', 'x' : '1'}}";

        assertEquals(ResultsMerge.key(array("[" + a + "]").get(0)), ResultsMerge.key(array("[" + b + "]").get(0)));
        assertEquals("b.B.m|avgt|1|x=1,y=2", ResultsMerge.key(array("[" + a + "]").get(0)));
        assertNotEquals(ResultsMerge.key(array("[" + a + "]").get(0)),
                ResultsMerge.key(array("[" + a.replace("avgt", "thrpt") + "]").get(0)));
        assertNotEquals(ResultsMerge.key(array("[" + a + "]").get(0)),
                ResultsMerge.key(array("[" + a.replace("'threads' : 1", "'threads' : 4") + "]").get(0)));
    }
}
