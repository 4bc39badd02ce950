package dev.boundbench.workload;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One discovered workload: what its annotation says plus a handle to call it.
 *
 * @param name the name users type
 * @param kind CPU or IO
 * @param defaultSize the size used when none is given, in the unit of {@code sizeMeaning}
 * @param sizeMeaning what the size means, with its unit
 * @param threads the explicit thread ladder, empty for the kind's default
 * @param tasks tasks per batch by default, 0 for the kind's default
 * @param sweep the sizes measured by default, empty for {@code defaultSize} alone
 * @param maxSize the largest size the workload takes
 * @param onlyWhenNamed whether only a run that names the workload measures it
 * @param granularity the sizes of the granularity sweep ({@code --sweep size}), smallest task first;
 *     empty when it declares none
 * @param resources the types of the {@link Resources} the method takes after its size, in order
 * @param declaredBy the method, as {@code Class.method}, for messages
 * @param invoker a handle of type {@code (int, Resources) -> long}
 */
public record WorkloadDescriptor(String name, Kind kind, int defaultSize, String sizeMeaning,
                                 List<Integer> threads, int tasks, List<Integer> sweep, int maxSize,
                                 boolean onlyWhenNamed, List<Integer> granularity, List<Class<?>> resources,
                                 String declaredBy, MethodHandle invoker) {

    public WorkloadDescriptor {
        threads = List.copyOf(threads);
        sweep = List.copyOf(sweep);
        granularity = List.copyOf(granularity);
        resources = List.copyOf(resources);
    }

    /** The sizes measured when the user gives none: the sweep, else the default size. */
    public List<Integer> sizes() {
        return sweep.isEmpty() ? List.of(defaultSize) : sweep;
    }

    /** The sizes as users type them, e.g. {@code 30} or {@code 0,25,50}. */
    public String sizesText() {
        return sizes().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /**
     * Checks a size the user asked for against {@link #maxSize()}.
     *
     * @throws IllegalArgumentException naming the size, the valid range and the default sizes
     */
    public void checkSize(int size) {
        if (size < 0 || size > maxSize) {
            throw new IllegalArgumentException("Workload " + name + " takes sizes 0 to " + maxSize + " (" + sizeMeaning
                    + "), got " + size + "; by default it runs " + sizesText().replace(",", ", "));
        }
    }

    /** The thread counts to measure on a machine with {@code cores} processors. */
    public List<Integer> ladder(int cores) {
        return threads.isEmpty() ? kind.defaultLadder(cores) : threads;
    }

    /** Calls the workload on the current thread, with the resources it takes from {@code resources}. */
    public long invoke(int size, Resources resources) throws Exception {
        try {
            return (long) invoker.invokeExact(size, resources);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Parses a ladder such as "1,2,4"; names the workload in the message when it is malformed. */
    static List<Integer> parseLadder(String text, String declaredBy) {
        return parseList(text, 1, "threads", "positive integers", declaredBy);
    }

    /** Parses a sweep of sizes such as "0,25,50"; names the workload in the message when it is malformed. */
    static List<Integer> parseSweep(String text, String declaredBy) {
        return parseList(text, 0, "sizes", "integers >= 0", declaredBy);
    }

    /** Parses the granularity sweep's sizes; names the workload in the message when it is malformed. */
    static List<Integer> parseGranularity(String text, String declaredBy) {
        return parseList(text, 0, "granularity", "integers >= 0", declaredBy);
    }

    private static List<Integer> parseList(String text, int minimum, String attribute, String valid,
            String declaredBy) {
        List<Integer> values = new ArrayList<>();
        if (text.isBlank()) {
            return values;
        }
        for (String part : text.split(",")) {
            try {
                int n = Integer.parseInt(part.trim());
                if (n < minimum) {
                    throw new NumberFormatException();
                }
                values.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(declaredBy + ": @Workload " + attribute + " must be a comma list of "
                        + valid + ", got \"" + text + "\"");
            }
        }
        return values;
    }
}
