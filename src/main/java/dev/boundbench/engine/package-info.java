/**
 * Engines: the ways a batch of tasks can be run (sequentially, on platform or virtual threads, on
 * a ForkJoin pool, in worker processes, in CPython). Depends on {@code dev.boundbench.workload}, and
 * on {@code dev.boundbench.engine.process} and {@code dev.boundbench.engine.cpython} for the
 * process-pool and CPython constants of {@code EngineType}.
 */
package dev.boundbench.engine;
