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
 * @param resources the types of the {@link Resources} the method takes after its size, in order
 * @param declaredBy the method, as {@code Class.method}, for messages
 * @param invoker a handle of type {@code (int, Resources) -> long}
 */
public record WorkloadDescriptor(String name, Kind kind, int defaultSize, String sizeMeaning,
                                 List<Integer> threads, int tasks, List<Class<?>> resources, String declaredBy,
                                 MethodHandle invoker) {

    public WorkloadDescriptor {
        threads = List.copyOf(threads);
        resources = List.copyOf(resources);
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
        List<Integer> ladder = new ArrayList<>();
        if (text.isBlank()) {
            return ladder;
        }
        for (String part : text.split(",")) {
            try {
                int n = Integer.parseInt(part.trim());
                if (n < 1) {
                    throw new NumberFormatException();
                }
                ladder.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(declaredBy + ": @Workload threads must be a comma list of"
                        + " positive integers, got \"" + text + "\"");
            }
        }
        return ladder;
    }
}
