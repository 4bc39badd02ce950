package dev.boundbench.bench;

import dev.boundbench.workload.Kind;

/**
 * How many untimed tasks of its own configuration run straight before each timed batch of a
 * paired group, so that the batch starts with its threads running and every core it needs awake,
 * as in a steady stream of its batches. A batch timed straight after another configuration's waits
 * for the cores that configuration left idle, longer or shorter by engine and by which
 * configuration ran before it.
 */
@FunctionalInterface
public interface LeadIn {

    /** No lead-in: each batch is timed straight after the one before it, whatever its configuration. */
    LeadIn NONE = (config, batch) -> 0;

    /**
     * The whole batch once more. A shorter one does not do: on a 2-core VM, measured paired in one
     * group, 2-thread batches of 8 × fib(30) after a quarter of their batch take as long as with no
     * lead-in at all, up to 6 % longer than after the whole batch, by engine.
     */
    LeadIn WHOLE = (config, batch) -> batch;

    /** The tasks of the lead-in before each of {@code config}'s timed batches of {@code batch} tasks, 0 to {@code batch}. */
    int tasks(ConfigId config, int batch);

    /**
     * The suite's lead-in for a group of this kind of work: {@link #WHOLE} for CPU-bound and
     * mixed work; none for I/O-bound work, whose batches leave cores idle by their nature, so that
     * their steady state already starts on idle cores.
     */
    static LeadIn forKind(Kind kind) {
        return kind == Kind.IO ? NONE : WHOLE;
    }
}
