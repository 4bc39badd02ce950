package dev.boundbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundbench.engine.EngineType;
import org.junit.jupiter.api.Test;

class ConfigIdTest {

    @Test
    void parse_engineAndThreads() {
        assertEquals(new ConfigId(EngineType.PLATFORM_POOL, 2, 1), ConfigId.parse("platform-pool@2"));
        assertEquals(new ConfigId(EngineType.VIRTUAL, 1000, 1), ConfigId.parse("VIRTUAL@1000"));
    }

    @Test
    void parse_twin() {
        ConfigId twin = ConfigId.parse("fork-join@4#2");
        assertTrue(twin.isTwin());
        assertEquals(ConfigId.of(EngineType.FORK_JOIN, 4).twin(), twin);
        assertEquals("fork-join@4#2", twin.toString());
    }

    @Test
    void parse_badText_namesIt() {
        assertEquals("Configuration \"platform-pool\" is not engine@threads, as in platform-pool@2",
                assertThrows(IllegalArgumentException.class, () -> ConfigId.parse("platform-pool")).getMessage());
        assertEquals("Configuration \"virtual@two\": threads must be a whole number",
                assertThrows(IllegalArgumentException.class, () -> ConfigId.parse("virtual@two")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ConfigId.parse("green@2")).getMessage()
                .startsWith("Unknown engine \"green\"; valid: sequential, platform-pool"));
        assertThrows(IllegalArgumentException.class, () -> ConfigId.parse("virtual@2#3"));
        assertThrows(IllegalArgumentException.class, () -> ConfigId.parse("virtual@0"));
    }
}
