package dev.boundbench.bench;

/** The bare reference JVM of the start-up benchmark: writes one byte to stdout and exits. */
public final class HelloMain {

    private HelloMain() {
    }

    public static void main(String[] args) {
        System.out.write('h');
        System.out.flush();
    }
}
