package dev.boundbench.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpec;

/**
 * Turns the launcher's arguments into a {@link RunRequest}, with jopt-simple (which JMH's own
 * command line uses). Every mistake becomes a {@link UsageException} whose message names the bad
 * value and the valid ones, before any work. Everything after {@code --} goes to JMH unread.
 */
public final class ArgumentParser {

    static final Set<String> OPTIONS = Set.of("--workload", "--engine", "--threads", "--tasks", "--size",
            "--profile", "--sweep", "--results-dir", "--python", "--list", "--dry-run", "--yes", "--unpaired", "--help");

    private ArgumentParser() {
    }

    public static RunRequest parse(List<String> args) {
        int dashes = args.indexOf("--");
        List<String> own = dashes < 0 ? args : args.subList(0, dashes);
        List<String> jmhArguments = dashes < 0 ? List.of() : args.subList(dashes + 1, args.size());
        Specs specs = new Specs();
        OptionSet set;
        try {
            set = specs.parser.parse(own.toArray(String[]::new));
        } catch (OptionException e) {
            throw new UsageException("Option --" + e.options().iterator().next() + " needs a value");
        }
        for (OptionSpec<String> valued : specs.valued) {
            if (set.valuesOf(valued).stream().anyMatch(value -> value.startsWith("--"))) {
                throw new UsageException("Option --" + valued.options().iterator().next() + " needs a value");
            }
        }
        List<String> regexes = set.valuesOf(specs.regexes);
        regexes.stream().filter(word -> word.startsWith("-")).findFirst().ifPresent(unknown -> {
            throw new UsageException("Unknown option \"" + unknown + "\"; valid: "
                    + String.join(", ", OPTIONS.stream().sorted().toList()) + " (JMH options go after --)");
        });
        String python = last(set, specs.python);
        if (python != null && python.isBlank()) {
            throw new UsageException("Option --python needs an interpreter, e.g. --python /usr/bin/python3.13t");
        }
        String profile = last(set, specs.profile);
        String sweep = last(set, specs.sweep);
        String resultsDir = last(set, specs.resultsDir);
        return new RunRequest(action(set, specs), list(set, specs.workload, "--workload", ArgumentParser::words),
                list(set, specs.engine, "--engine", ArgumentParser::words),
                list(set, specs.threads, "--threads", (o, v) -> numbers(o, v, 1)),
                list(set, specs.tasks, "--tasks", (o, v) -> numbers(o, v, 1)),
                list(set, specs.size, "--size", (o, v) -> numbers(o, v, 0)),
                profile == null ? Profile.QUICK : Profile.fromName(profile),
                sweep == null ? Sweep.NONE : Sweep.fromName(sweep),
                regexes.stream().map(ArgumentParser::checkRegex).toList(),
                Path.of(resultsDir == null ? "results" : resultsDir), jmhArguments, python, set.has(specs.yes),
                set.has(specs.unpaired));
    }

    /**
     * The launcher's options as jopt-simple specs. Long options are not abbreviated; a word that is
     * no option of the launcher's stays among the regexes, where a leading dash marks it unknown.
     */
    private static final class Specs {
        final OptionParser parser = new OptionParser(false);
        final List<OptionSpec<String>> valued = new ArrayList<>();

        Specs() {
            parser.allowsUnrecognizedOptions();
        }

        final OptionSpec<String> workload = valued("workload");
        final OptionSpec<String> engine = valued("engine");
        final OptionSpec<String> threads = valued("threads");
        final OptionSpec<String> tasks = valued("tasks");
        final OptionSpec<String> size = valued("size");
        final OptionSpec<String> profile = valued("profile");
        final OptionSpec<String> sweep = valued("sweep");
        final OptionSpec<String> resultsDir = valued("results-dir");
        final OptionSpec<String> python = valued("python");
        final OptionSpec<Void> list = parser.accepts("list");
        final OptionSpec<Void> dryRun = parser.accepts("dry-run");
        final OptionSpec<Void> help = parser.acceptsAll(List.of("help", "h"));
        final OptionSpec<Void> yes = parser.accepts("yes");
        final OptionSpec<Void> unpaired = parser.accepts("unpaired");
        final OptionSpec<String> regexes = parser.nonOptions();

        /** An option that takes a value; a value that starts with {@code --} is the next option, not a value. */
        private OptionSpec<String> valued(String name) {
            OptionSpec<String> spec = parser.accepts(name).withRequiredArg();
            valued.add(spec);
            return spec;
        }
    }

    /** Help and list win over a run, the later of the two over the earlier; a dry run only over a run. */
    private static RunRequest.Action action(OptionSet set, Specs specs) {
        RunRequest.Action action = RunRequest.Action.RUN;
        for (OptionSpec<?> spec : set.specs()) {
            if (spec == specs.list) {
                action = RunRequest.Action.LIST;
            } else if (spec == specs.help) {
                action = RunRequest.Action.HELP;
            } else if (spec == specs.dryRun && action == RunRequest.Action.RUN) {
                action = RunRequest.Action.DRY_RUN;
            }
        }
        return action;
    }

    /** The value the option was given last, or null when it was not given. */
    private static String last(OptionSet set, OptionSpec<String> spec) {
        List<String> values = set.valuesOf(spec);
        return values.isEmpty() ? null : values.get(values.size() - 1);
    }

    /** The comma list the option was given last, converted; empty when it was not given. */
    private static <T> List<T> list(OptionSet set, OptionSpec<String> spec, String option,
                                    BiFunction<String, String, List<T>> convert) {
        String value = last(set, spec);
        return value == null ? List.of() : convert.apply(option, value);
    }

    private static List<String> words(String option, String value) {
        return split(option, value, Function.identity());
    }

    private static List<Integer> numbers(String option, String value, int minimum) {
        return split(option, value, word -> {
            int number;
            try {
                number = Integer.parseInt(word);
            } catch (NumberFormatException e) {
                throw new UsageException("Option " + option + " takes whole numbers >= " + minimum + ", got \""
                        + word + "\"");
            }
            if (number < minimum) {
                throw new UsageException("Option " + option + " takes whole numbers >= " + minimum + ", got "
                        + number);
            }
            return number;
        });
    }

    private static <T> List<T> split(String option, String value, Function<String, T> convert) {
        List<T> values = new ArrayList<>();
        for (String word : value.split(",", -1)) {
            String trimmed = word.trim();
            if (trimmed.isEmpty()) {
                throw new UsageException("Option " + option + " takes a comma list without empty items, got \""
                        + value + "\"");
            }
            T converted = convert.apply(trimmed);
            if (!values.contains(converted)) {
                values.add(converted);
            }
        }
        return values;
    }

    private static String checkRegex(String regex) {
        try {
            Pattern.compile(regex);
            return regex;
        } catch (PatternSyntaxException e) {
            throw new UsageException("Benchmark filter \"" + regex + "\" is not a valid regular expression: "
                    + e.getDescription());
        }
    }
}
