/**
 * The work being measured: plain methods marked {@link dev.boundbench.workload.Workload}, found at
 * run time by {@link dev.boundbench.workload.WorkloadCatalog}. Depends on the JDK only; every other
 * part of the suite depends on this one.
 */
package dev.boundbench.workload;
