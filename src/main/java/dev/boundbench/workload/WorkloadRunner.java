package dev.boundbench.workload;

/**
 * Runs tasks by name against a {@link WorkloadCatalog}, owning the {@link Resources} the workloads
 * ask for (the {@link Scratch} folder of disk workloads, the loopback server of {@code download});
 * closing it deletes every file the workloads made and stops the server.
 */
public final class WorkloadRunner implements TaskRunner, AutoCloseable {

    private final WorkloadCatalog catalog;
    private final Resources resources = new Resources();

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
        return workload.invoke(task.size(), resources);
    }

    /** Closes the resources made so far: deletes the scratch folder, stops the loopback server. */
    @Override
    public void close() {
        resources.close();
    }
}
