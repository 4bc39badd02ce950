package dev.boundbench.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.engine.EngineType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Engines in reports are named as users type them at the launcher. */
class EngineNameTest {

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void of_everySuiteEngine_isTheNameUsersType(EngineType engine) {
        assertEquals(engine.id(), EngineName.of(engine.name()));
    }

    @ParameterizedTest
    @EnumSource(EngineType.class)
    void constant_everySuiteEngineAsTyped_isItsEnumConstant(EngineType engine) {
        assertEquals(engine.name(), EngineName.constant(engine.id()));
    }

    @Test
    void constant_nameThatWouldNotComeBack_staysAsItIs() {
        assertEquals("My Engine", EngineName.constant("My Engine"));
        assertEquals("Virtual", EngineName.constant("Virtual"));
    }

    @Test
    void of_valueNotInConstantStyle_staysAsItIs() {
        assertEquals("platform-pool", EngineName.of("platform-pool"));
        assertEquals("MyPool", EngineName.of("MyPool"));
        assertEquals("pool, \"x\"", EngineName.of("pool, \"x\""));
        assertEquals("_HIDDEN", EngineName.of("_HIDDEN"));
        assertEquals("", EngineName.of(""));
    }

    @Test
    void paramsText_turnsOnlyTheEngine() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("workload", "FIB_X");
        params.put("engine", "THREAD_PER_TASK");
        params.put("threads", "4");

        assertEquals("workload=FIB_X, engine=thread-per-task, threads=4", EngineName.paramsText(params));
    }
}
