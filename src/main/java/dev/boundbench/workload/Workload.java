package dev.boundbench.workload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method of a class in this package as a workload that every engine, thread count
 * and report picks up with no other edit.
 *
 * <p>The method takes the size as an {@code int}, then any {@link Resources} it needs (a {@link Scratch}
 * for files, a {@link dev.boundbench.net.Loopback} for HTTP on 127.0.0.1),
 * returns a {@code long} that depends on all of its work, and must be deterministic: the benchmark
 * checks its results against a sequential run (every batch in a paired group, the last of each
 * iteration in {@code ScalingBenchmark}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Workload {

    /** The name users type, e.g. {@code prime-sum}: lower case, digits and dashes. */
    String name();

    /** Whether the work keeps a core busy or waits. */
    Kind kind();

    /** The size used when none is given. */
    int defaultSize();

    /** What the size means, with its unit, e.g. "n of fib(n)" or "milliseconds slept". */
    String sizeMeaning();

    /**
     * The thread counts to measure, as a comma list ("1,2,4,8,16"); empty means the kind's ladder
     * (see {@link Kind#defaultLadder(int)}).
     */
    String threads() default "";

    /** Tasks per batch when none is given; 0 means the kind's default (see the launcher's --list). */
    int tasks() default 0;

    /**
     * The sizes measured when none is given, as a comma list ("0,25,50"): a sweep, one point per
     * size on every engine and thread count; empty means {@link #defaultSize()} alone.
     */
    String sizes() default "";

    /** The largest size the workload takes; the launcher refuses a bigger one, naming the range. */
    int maxSize() default Integer.MAX_VALUE;

    /**
     * Whether the workload is left out of a run that names no workload (a sweep too long for the
     * default matrix) and measured only when {@code --workload} names it.
     */
    boolean onlyWhenNamed() default false;

    /**
     * The sizes of the granularity sweep ({@code --sweep size}) as a comma list, smallest first,
     * chosen so one task runs from under a microsecond to about 10 ms; empty means the workload is
     * swept only at sizes given with {@code --size}.
     */
    String granularity() default "";
}
