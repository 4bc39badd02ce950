/**
 * The process-pool engine: worker JVMs started from the same {@code java} and class path, fed tasks
 * over their stdin/stdout with a compact binary framing. Depends on {@code dev.boundbench.engine}
 * (the {@code Engine} contract) and {@code dev.boundbench.workload} only.
 */
package dev.boundbench.engine.process;
