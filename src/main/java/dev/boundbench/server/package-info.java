/**
 * A small fib server on 127.0.0.1, as in the Python articles, to measure whether one client's long
 * CPU-bound requests starve another client's short ones. Depends on {@code dev.boundbench.workload}.
 */
package dev.boundbench.server;
