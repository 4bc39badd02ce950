package dev.boundbench.workload;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * One discovered workload: what its annotation says plus a handle to call it.
 *
 * @param name the name users type
 * @param kind CPU or IO
 * @param defaultSize the size used when none is given, in the unit of {@code sizeMeaning}
 * @param sizeMeaning what the size means, with its unit
 * @param threads the explicit thread ladder, empty for the kind's default
 * @param tasks tasks per batch by default, 0 for the kind's default
 * @param sweep the sizes of the granularity sweep, smallest task first; empty when it declares none
 * @param usesScratch whether the method takes a {@link Scratch}
 * @param declaredBy the method, as {@code Class.method}, for messages
 * @param invoker a handle of type {@code (int, Scratch) -> long}
 */
public record WorkloadDescriptor(String name, Kind kind, int defaultSize, String sizeMeaning,
                                 List<Integer> threads, int tasks, List<Integer> sweep, boolean usesScratch,
                                 String declaredBy, MethodHandle invoker) {

    public WorkloadDescriptor {
        threads = List.copyOf(threads);
        sweep = List.copyOf(sweep);
    }

    /** The thread counts to measure on a machine with {@code cores} processors. */
    public List<Integer> ladder(int cores) {
        return threads.isEmpty() ? kind.defaultLadder(cores) : threads;
    }

    /** Calls the workload on the current thread. */
    public long invoke(int size, Scratch scratch) throws Exception {
        try {
            return (long) invoker.invokeExact(size, scratch);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * Parses a comma list such as "1,2,4" of the annotation's {@code attribute}, each at least
     * {@code minimum}; names the workload in the message when it is malformed.
     */
    static List<Integer> parseList(String text, String declaredBy, String attribute, int minimum) {
        List<Integer> ladder = new ArrayList<>();
        if (text.isBlank()) {
            return ladder;
        }
        for (String part : text.split(",")) {
            try {
                int n = Integer.parseInt(part.trim());
                if (n < minimum) {
                    throw new NumberFormatException();
                }
                ladder.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(declaredBy + ": @Workload " + attribute + " must be a comma list of"
                        + " integers >= " + minimum + ", got \"" + text + "\"");
            }
        }
        return ladder;
    }
}
