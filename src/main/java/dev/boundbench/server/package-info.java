/**
 * The Python articles' fib server on 127.0.0.1, in every model they discuss ({@link
 * dev.boundbench.server.ServerModel}: threads, virtual threads, one carrier, a NIO event loop, the
 * loop with a thread or process pool), with its client and background client load, to measure
 * whether one client's long CPU-bound requests starve another's short ones. Depends on
 * {@code dev.boundbench.workload} and, for the process-pool model, {@code dev.boundbench.engine.process}.
 */
package dev.boundbench.server;
