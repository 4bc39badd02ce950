/**
 * Engines: the ways a batch of tasks can be run (sequentially, on platform or virtual threads, on
 * a ForkJoin pool, in worker processes). Depends on {@code dev.boundbench.workload}, and on
 * {@code dev.boundbench.engine.process} for the process-pool constant of {@code EngineType}.
 */
package dev.boundbench.engine;
