package dev.boundbench.bench;

import dev.boundbench.engine.EngineType;

/**
 * One configuration of a paired group, as users type it: {@code platform-pool@2}, and its A/A twin
 * {@code platform-pool@2#2} (the same engine and threads, set up as a second, independent instance).
 *
 * @param engine the engine
 * @param threads its threads (or worker processes), at least 1
 * @param copy 1 for the configuration itself, 2 for its A/A twin
 */
public record ConfigId(EngineType engine, int threads, int copy) {

    /** Checks the values. */
    public ConfigId {
        if (threads < 1) {
            throw new IllegalArgumentException("A configuration needs at least 1 thread, got " + threads);
        }
        if (copy != 1 && copy != 2) {
            throw new IllegalArgumentException("A configuration's copy is 1 or 2 (its A/A twin), got " + copy);
        }
    }

    /** The configuration itself (not a twin). */
    public static ConfigId of(EngineType engine, int threads) {
        return new ConfigId(engine, threads, 1);
    }

    /** Its A/A twin. */
    public ConfigId twin() {
        return new ConfigId(engine, threads, 2);
    }

    /** Whether this is an A/A twin. */
    public boolean isTwin() {
        return copy == 2;
    }

    /**
     * Parses {@code engine@threads} or {@code engine@threads#2}.
     *
     * @throws IllegalArgumentException naming the bad text and the form it should have
     */
    public static ConfigId parse(String text) {
        String body = text.strip();
        int copy = 1;
        int hash = body.indexOf('#');
        if (hash >= 0) {
            if (!body.substring(hash + 1).equals("2")) {
                throw new IllegalArgumentException("Configuration \"" + text + "\": only #2 (the A/A twin) may follow"
                        + " the threads, as in platform-pool@2#2");
            }
            copy = 2;
            body = body.substring(0, hash);
        }
        int at = body.indexOf('@');
        if (at <= 0 || at == body.length() - 1) {
            throw new IllegalArgumentException("Configuration \"" + text + "\" is not engine@threads, as in"
                    + " platform-pool@2");
        }
        int threads;
        try {
            threads = Integer.parseInt(body.substring(at + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration \"" + text + "\": threads must be a whole number");
        }
        return new ConfigId(EngineType.fromName(body.substring(0, at)), threads, copy);
    }

    @Override
    public String toString() {
        return engine.id() + "@" + threads + (copy == 2 ? "#2" : "");
    }
}
