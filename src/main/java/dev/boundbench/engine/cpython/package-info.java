/**
 * The CPython engines: the suite's workloads run by CPython's own {@code ThreadPoolExecutor},
 * {@code ProcessPoolExecutor} and asyncio event loop, in one Python worker process fed over its
 * stdin/stdout with the process pool's framing ({@link dev.boundbench.engine.process.Frames}).
 * The Python side is one standard-library file shipped in the jar. Depends on
 * {@code dev.boundbench.engine}'s contract ({@code Engine}, {@code TaskFailedException}),
 * {@code dev.boundbench.engine.process} and {@code dev.boundbench.workload} only; never on
 * {@code EngineType}, which builds it.
 */
package dev.boundbench.engine.cpython;
