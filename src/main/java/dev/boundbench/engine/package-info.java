/**
 * Engines: the ways a batch of tasks can be run (sequentially, on platform or virtual threads, on
 * a ForkJoin pool, in worker processes, in CPython), with the {@code Engine} contract and the
 * {@code EngineType} that builds each. Depends on {@code dev.boundbench.workload}, and on the rooms
 * inside it, {@code engine.process} and {@code engine.cpython}, whose pools {@code EngineType} builds;
 * they never depend on {@code EngineType} ({@code EngineRoomsDependencyTest}).
 */
package dev.boundbench.engine;
