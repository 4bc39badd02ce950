package dev.boundbench.analysis.stats;

/**
 * A fitted model, or the reason there is none ("too few points: needs 4, has 3").
 *
 * @param model the model, or null when there is none
 * @param reason why there is no model, or "" when there is one
 * @param <T> the model type
 */
public record FitResult<T>(T model, String reason) {

    /** Checks that exactly one of model and reason is given. */
    public FitResult {
        if ((model == null) == (reason == null || reason.isEmpty())) {
            throw new IllegalArgumentException("Give either a model or a reason");
        }
        if (reason == null) {
            reason = "";
        }
    }

    /** A fit that worked. */
    public static <T> FitResult<T> of(T model) {
        return new FitResult<>(model, "");
    }

    /** No fit, for {@code reason}. */
    public static <T> FitResult<T> none(String reason) {
        return new FitResult<>(null, reason);
    }

    /** Whether there is a model. */
    public boolean fitted() {
        return model != null;
    }
}
