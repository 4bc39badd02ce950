package dev.boundbench.engine;

import dev.boundbench.workload.Task;
import dev.boundbench.workload.TaskRunner;
import java.util.List;

/** The baseline: one task after another on the caller's thread, with no thread hand-off at all. */
final class SequentialEngine implements Engine {

    private final TaskRunner runner;

    SequentialEngine(TaskRunner runner) {
        this.runner = runner;
    }

    @Override
    public long[] run(List<Task> batch) throws InterruptedException {
        long[] values = new long[batch.size()];
        for (int i = 0; i < values.length; i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException("Interrupted before task " + i + " of " + values.length);
            }
            try {
                values[i] = runner.run(batch.get(i));
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                throw new TaskFailedException(i, batch.get(i), e);
            }
        }
        return values;
    }

    @Override
    public int parallelism() {
        return 1;
    }

    @Override
    public void close() {
        // No threads of its own.
    }
}
