/**
 * HTTP over loopback for the {@code download} workload: a page server on 127.0.0.1 that answers
 * after a set latency ({@link dev.boundbench.net.PageServer}, two kinds to choose from), a client
 * that checks every byte it gets ({@link dev.boundbench.net.PageClient}), and {@link
 * dev.boundbench.net.Loopback}, the pair a workload asks for. Depends on the JDK only.
 */
package dev.boundbench.net;
