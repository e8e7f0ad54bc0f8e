package io.eventline.e2e;

import io.eventline.stack.EventlineClient;
import io.eventline.stack.Stack;
import io.eventline.stack.StackOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * One stack (real Kafka, real PostgreSQL, the three packaged services as processes) shared by the end-to-end
 * tests of this JVM: starting it takes tens of seconds, and the tests only add articles to it.
 */
final class RunningStack {

    static final String API_KEY = "e2e-key";
    private static Stack stack;

    private RunningStack() {
    }

    static synchronized Stack get() {
        if (stack == null) {
            try {
                Path work = Files.createTempDirectory("eventline-e2e");
                stack = Stack.start(StackOptions.ephemeral(repoRoot(), work, API_KEY),
                        message -> System.out.println("[e2e] " + message));
                Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }

    static EventlineClient client() {
        return new EventlineClient(get().gatewayUrl(), API_KEY);
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("eventline.repo.root", "..")).toAbsolutePath().normalize();
    }

    static Path seeds() {
        return repoRoot().resolve("seeds");
    }

    /** Posts every seed article through the gateway and waits until all are processed; returns their ids. */
    static List<String> ingestSeeds() {
        EventlineClient client = client();
        try (Stream<Path> files = Files.list(seeds())) {
            List<String> ids = files.sorted().map(client::postFile).toList();
            client.awaitProcessed(ids, Duration.ofMinutes(2));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
