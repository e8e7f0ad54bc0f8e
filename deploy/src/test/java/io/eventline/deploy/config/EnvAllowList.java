package io.eventline.deploy.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/** src/test/resources/env-allowlist.properties: variables a service reads without a matching property, with why. */
final class EnvAllowList {
    private static final Properties ENTRIES = load();

    private EnvAllowList() {
    }

    static Optional<String> reason(String service, String envName) {
        return Optional.ofNullable(ENTRIES.getProperty(service + "/" + envName))
                .or(() -> Optional.ofNullable(ENTRIES.getProperty("*/" + envName)));
    }

    static Properties entries() {
        return ENTRIES;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = EnvAllowList.class.getResourceAsStream("/env-allowlist.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
