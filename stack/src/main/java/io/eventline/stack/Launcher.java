package io.eventline.stack;

import io.eventline.contracts.TimelineEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code ./run.sh}: starts Kafka, PostgreSQL and the three services, ingests every article in {@code seeds/},
 * prints the timeline and serves the gateway on http://localhost:8080 until Ctrl-C. Data lives in
 * {@code .eventline-data/} and survives restarts unless {@code --fresh} is given.
 */
public final class Launcher {

    static final String DEFAULT_API_KEY = "dev-key";
    private static final java.time.format.DateTimeFormatter CLOCK = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path data = root.resolve(".eventline-data");
        Path seeds = root.resolve("seeds");
        boolean fresh = false;
        boolean exitAfterSeeds = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fresh" -> fresh = true;
                case "--exit" -> exitAfterSeeds = true;
                case "--data" -> data = Path.of(args[++i]).toAbsolutePath();
                case "--seeds" -> seeds = Path.of(args[++i]).toAbsolutePath();
                case "-h", "--help" -> {
                    System.out.println("usage: ./run.sh [--fresh] [--exit] [--data DIR] [--seeds DIR]");
                    System.out.println("  --fresh  delete the data folder first (default: keep the earlier timeline)");
                    System.out.println("  --exit   stop after printing the timeline instead of serving until Ctrl-C");
                    return;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
        }
        if (fresh) {
            log("--fresh: deleting " + data);
            Stack.deleteRecursively(data);
        }
        String apiKey = System.getenv().getOrDefault("EVENTLINE_API_KEY", DEFAULT_API_KEY);

        Path dataDir = data;
        Stack stack = Stack.start(StackOptions.local(root, dataDir, apiKey), Launcher::log);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("stopping the services, Kafka and PostgreSQL; the data stays in " + dataDir);
            stack.close();
            log("stopped");
            stopped.countDown();
        }, "eventline-shutdown"));

        try {
            ingestSeedsAndPrint(new EventlineClient(stack.gatewayUrl(), apiKey), seeds);
        } catch (RuntimeException e) {
            // Kafka's and the JDBC driver's threads would keep the JVM alive: exit so the shutdown hook stops all.
            System.err.println("[eventline] " + e.getMessage() + " — service logs are in " + dataDir.resolve("logs"));
            System.exit(1);
        }
        if (exitAfterSeeds) {
            System.exit(0);
        }
        log("Eventline is running: web page and API on " + stack.gatewayUrl() + "  (Swagger UI: "
                + stack.gatewayUrl() + "/q/swagger-ui, API key for writes: " + apiKey + "). Ctrl-C stops it.");
        stopped.await();
    }

    private static void ingestSeedsAndPrint(EventlineClient client, Path seeds) {
        List<String> ids = new ArrayList<>();
        for (Path seed : seedFiles(seeds)) {
            String id = client.postFile(seed);
            log("ingested " + seed.getFileName() + " → " + id);
            ids.add(id);
        }
        client.awaitProcessed(ids, Duration.ofMinutes(2)).forEach(a ->
                log(a.id() + " " + a.status() + ": " + a.title() + " (" + a.eventIds().size() + " events)"));
        List<TimelineEvent> timeline = client.timeline();
        TimelinePrinter.print(timeline, System.out);
    }

    private static List<Path> seedFiles(Path seeds) {
        if (!Files.isDirectory(seeds)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void log(String message) {
        System.out.println("[eventline " + LocalTime.now().format(CLOCK) + "] " + message);
    }
}
