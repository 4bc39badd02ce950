package dev.boundbench.analysis.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The direction of a score follows its unit, then its mode. */
class DirectionTest {

    @ParameterizedTest
    @CsvSource({
        "ms/op, avgt, LOWER_IS_BETTER",
        "us/op, sample, LOWER_IS_BETTER",
        "s/op, ss, LOWER_IS_BETTER",
        "ops/ms, thrpt, HIGHER_IS_BETTER",
        "ops/s, avgt, HIGHER_IS_BETTER",
        "ms/op, thrpt, LOWER_IS_BETTER",
        "'#', thrpt, HIGHER_IS_BETTER",
        "'#', avgt, LOWER_IS_BETTER",
    })
    void of_unitAndMode_givesDirection(String unit, String mode, Direction expected) {
        assertEquals(expected, Direction.of(unit, Mode.fromLabel(mode)));
    }
}
