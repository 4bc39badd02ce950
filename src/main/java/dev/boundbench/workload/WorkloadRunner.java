package dev.boundbench.workload;

/**
 * Runs tasks by name against a {@link WorkloadCatalog}, owning the {@link Scratch} folder that disk
 * workloads need; closing it deletes every file the workloads made.
 */
public final class WorkloadRunner implements TaskRunner, AutoCloseable {

    private final WorkloadCatalog catalog;
    private volatile Scratch scratch;

    public WorkloadRunner(WorkloadCatalog catalog) {
        this.catalog = catalog;
    }

    /** A runner over every workload on the class path. */
    public static WorkloadRunner withDiscoveredWorkloads() {
        return new WorkloadRunner(WorkloadCatalog.discover());
    }

    public WorkloadCatalog catalog() {
        return catalog;
    }

    @Override
    public long run(Task task) throws Exception {
        WorkloadDescriptor workload = catalog.get(task.workload());
        return workload.invoke(task.size(), workload.usesScratch() ? scratch() : null);
    }

    /** Deletes the scratch folder, if one was made. */
    @Override
    public synchronized void close() {
        if (scratch != null) {
            scratch.close();
            scratch = null;
        }
    }

    private Scratch scratch() {
        Scratch current = scratch;
        if (current == null) {
            synchronized (this) {
                if (scratch == null) {
                    scratch = new Scratch();
                }
                current = scratch;
            }
        }
        return current;
    }
}
