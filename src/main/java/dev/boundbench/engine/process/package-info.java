/**
 * The process-pool engine: worker JVMs started from the same {@code java} and class path, fed tasks
 * over their stdin/stdout with a compact binary framing. Depends on {@code dev.boundbench.engine}'s
 * contract ({@code Engine}, {@code TaskFailedException}) and {@code dev.boundbench.workload} only;
 * never on {@code EngineType}, which builds it, nor on {@code engine.cpython}, which uses it.
 */
package dev.boundbench.engine.process;
