/**
 * The work being measured: plain methods marked {@link dev.boundbench.workload.Workload}, found at
 * run time by {@link dev.boundbench.workload.WorkloadCatalog}, and the {@link
 * dev.boundbench.workload.Resources} they ask for. Depends on the JDK and on {@code dev.boundbench.net}
 * (the loopback page server) only; every other part of the suite depends on this one.
 */
package dev.boundbench.workload;
