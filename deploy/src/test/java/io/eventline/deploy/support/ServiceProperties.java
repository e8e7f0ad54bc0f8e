package io.eventline.deploy.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The configuration a service ships in src/main/resources/application.properties, as it applies in the cluster:
 * unprofiled keys overlaid by {@code %prod.} keys; {@code %dev.}/{@code %test.} keys are ignored.
 */
public record ServiceProperties(String service, Map<String, String> values) {
    public static final Map<String, Integer> DEFAULT_PORTS = Map.of("http", 8080, "management", 9000);

    public static ServiceProperties of(String service) {
        Path file = Repo.root().resolve(service).resolve("src/main/resources/application.properties");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(service + " has no " + Repo.root().relativize(file)
                    + ": the deploy checks need the service's real configuration");
        }
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new TreeMap<>();
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> values.put(k, raw.getProperty(k)));
        raw.stringPropertyNames().stream().filter(k -> k.startsWith("%prod."))
                .forEach(k -> values.put(k.substring("%prod.".length()), raw.getProperty(k)));
        return new ServiceProperties(service, values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public int httpPort() {
        return get("quarkus.http.port").map(Integer::parseInt).orElse(DEFAULT_PORTS.get("http"));
    }

    /** Where /q/health and /q/metrics are served: the management interface if enabled, else the HTTP port. */
    public int healthPort() {
        boolean management = get("quarkus.management.enabled").map(Boolean::parseBoolean).orElse(false);
        return management ? get("quarkus.management.port").map(Integer::parseInt).orElse(DEFAULT_PORTS.get("management"))
                : httpPort();
    }

    /** Some property of this service that the environment variable sets (MicroProfile Config mapping). */
    public Optional<String> propertyForEnv(String envName) {
        return values.keySet().stream().filter(p -> envNameOf(p).equals(envName)).findFirst();
    }

    /**
     * MicroProfile Config / SmallRye rule: the environment variable for a property is its name with every
     * non-alphanumeric character replaced by '_', upper-cased ({@code quarkus.rest-client."ingest".url} →
     * {@code QUARKUS_REST_CLIENT__INGEST__URL}).
     */
    public static String envNameOf(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
