package dev.boundbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launcher's command line: values, defaults and the one-line errors. */
class ArgumentParserTest {

    private static RunRequest parse(String... args) {
        return ArgumentParser.parse(List.of(args));
    }

    @Test
    void parse_defaults() {
        RunRequest request = parse();
        assertEquals(RunRequest.Action.RUN, request.action());
        assertEquals(Profile.QUICK, request.profile());
        assertEquals(List.of(), request.workloads());
        assertEquals(Path.of("results"), request.resultsRoot());
        assertEquals(false, request.yes());
        assertEquals(true, parse("--yes").yes());
    }

    @Test
    void parse_filtersRegexesAndJmhArguments() {
        RunRequest request = parse("--workload", "fib,sleep", "--engine=virtual", "--threads", "1,2,2,8",
                "--tasks", "16", "--size", "0,25", "--profile", "standard", "Pool", "--", "-prof", "gc", "--list");
        assertEquals(List.of("fib", "sleep"), request.workloads());
        assertEquals(List.of("virtual"), request.engines());
        assertEquals(List.of(1, 2, 8), request.threads());
        assertEquals(List.of(16), request.tasks());
        assertEquals(List.of(0, 25), request.sizes());
        assertEquals(Profile.STANDARD, request.profile());
        assertEquals(List.of("Pool"), request.regexes());
        assertEquals(List.of("-prof", "gc", "--list"), request.jmhArguments());
        assertEquals(RunRequest.Action.RUN, request.action());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--profile|fast|Unknown profile \"fast\"; valid: quick, standard, full",
        "--threads|1,x|Option --threads takes whole numbers >= 1, got \"x\"",
        "--threads|0|Option --threads takes whole numbers >= 1, got 0",
        "--tasks|-4|Option --tasks takes whole numbers >= 1, got -4",
        "--size|3,,4|Option --size takes a comma list without empty items, got \"3,,4\"",
    })
    void parse_badValue_namesItAndTheValidOnes(String option, String value, String message) {
        assertEquals(message, assertThrows(UsageException.class, () -> parse(option, value)).getMessage());
    }

    @Test
    void parse_unknownOption_listsTheValidOnes() {
        UsageException e = assertThrows(UsageException.class, () -> parse("--workloads", "fib"));
        assertEquals("Unknown option \"--workloads\"; valid: --dry-run, --engine, --help, --list, --profile,"
                + " --python, --results-dir, --size, --sweep, --tasks, --threads, --unpaired, --workload, --yes (JMH options go after"
                + " --)", e.getMessage());
    }

    @Test
    void parse_missingValue() {
        assertEquals("Option --engine needs a value",
                assertThrows(UsageException.class, () -> parse("--engine")).getMessage());
        assertEquals("Option --workload needs a value",
                assertThrows(UsageException.class, () -> parse("--workload", "--dry-run")).getMessage());
    }

    @Test
    void parse_abbreviatedOption_isUnknown() {
        assertTrue(assertThrows(UsageException.class, () -> parse("--work", "fib")).getMessage()
                .startsWith("Unknown option \"--work\"; valid: --dry-run"));
    }

    @Test
    void parse_actions_helpAndListWinOverARun_theLaterOfThem() {
        assertEquals(RunRequest.Action.DRY_RUN, parse("--dry-run").action());
        assertEquals(RunRequest.Action.LIST, parse("--dry-run", "--list").action());
        assertEquals(RunRequest.Action.HELP, parse("--list", "-h").action());
        assertEquals(RunRequest.Action.LIST, parse("--help", "--list").action());
        assertEquals(List.of("virtual"), parse("--engine", "fib", "--engine", "virtual").engines());
        assertTrue(parse("--unpaired").unpaired());
    }

    @Test
    void parse_badRegex() {
        assertEquals("Benchmark filter \"Pool(\" is not a valid regular expression: Unclosed group",
                assertThrows(UsageException.class, () -> parse("Pool(")).getMessage());
    }
}
