package dev.boundbench.server;

/** Starts a one-carrier server in a JVM of its own and prints what happened: the test's child program. */
public final class OneCarrierProbe {

    private OneCarrierProbe() {
    }

    public static void main(String[] args) {
        try (FibServer server = FibServer.start(ServerModel.VIRTUAL_ONE_CARRIER);
             FibClient client = new FibClient(server.port())) {
            System.out.println("fib(20) = " + client.ask(20));
        } catch (Exception e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
