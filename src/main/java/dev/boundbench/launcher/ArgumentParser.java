package dev.boundbench.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the launcher's arguments into a {@link RunRequest}. Every mistake becomes a
 * {@link UsageException} whose message names the bad value and the valid ones, before any work.
 */
public final class ArgumentParser {

    static final Set<String> OPTIONS = Set.of("--workload", "--engine", "--threads", "--tasks", "--size",
            "--profile", "--sweep", "--results-dir", "--python", "--list", "--dry-run", "--yes", "--unpaired", "--help");

    private ArgumentParser() {
    }

    public static RunRequest parse(List<String> args) {
        RunRequest.Action action = RunRequest.Action.RUN;
        List<String> workloads = List.of();
        List<String> engines = List.of();
        List<Integer> threads = List.of();
        List<Integer> tasks = List.of();
        List<Integer> sizes = List.of();
        Profile profile = Profile.QUICK;
        Sweep sweep = Sweep.NONE;
        Path resultsRoot = Path.of("results");
        List<String> regexes = new ArrayList<>();
        List<String> jmhArguments = List.of();
        String python = null;
        boolean yes = false;
        boolean unpaired = false;

        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                jmhArguments = args.subList(i + 1, args.size());
                break;
            }
            if (!arg.startsWith("-")) {
                regexes.add(checkRegex(arg));
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            switch (name) {
                case "--list" -> action = RunRequest.Action.LIST;
                case "--help", "-h" -> action = RunRequest.Action.HELP;
                case "--dry-run" -> action = action == RunRequest.Action.RUN ? RunRequest.Action.DRY_RUN : action;
                case "--yes" -> yes = true;
                case "--unpaired" -> unpaired = true;
                case "--workload", "--engine", "--threads", "--tasks", "--size", "--profile", "--sweep",
                     "--results-dir", "--python" -> {
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                            throw new UsageException("Option " + name + " needs a value");
                        }
                        value = args.get(++i);
                    }
                    switch (name) {
                        case "--workload" -> workloads = words(name, value);
                        case "--engine" -> engines = words(name, value);
                        case "--threads" -> threads = numbers(name, value, 1);
                        case "--tasks" -> tasks = numbers(name, value, 1);
                        case "--size" -> sizes = numbers(name, value, 0);
                        case "--profile" -> profile = Profile.fromName(value);
                        case "--sweep" -> sweep = Sweep.fromName(value);
                        case "--python" -> {
                            if (value.isBlank()) {
                                throw new UsageException("Option --python needs an interpreter, e.g. --python"
                                        + " /usr/bin/python3.13t");
                            }
                            python = value;
                        }
                        default -> resultsRoot = Path.of(value);
                    }
                }
                default -> throw new UsageException("Unknown option \"" + arg + "\"; valid: "
                        + String.join(", ", OPTIONS.stream().sorted().toList())
                        + " (JMH options go after --)");
            }
        }
        return new RunRequest(action, workloads, engines, threads, tasks, sizes, profile, sweep, regexes, resultsRoot,
                jmhArguments, python, yes, unpaired);
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
