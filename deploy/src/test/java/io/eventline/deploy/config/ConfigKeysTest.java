package io.eventline.deploy.config;

import io.eventline.deploy.model.CnpgCluster;
import io.eventline.deploy.support.RenderedOverlay;
import io.eventline.deploy.support.ServiceProperties;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the manifests feed into the services is what the services actually read, and points at real things. */
class ConfigKeysTest {
    /** Keys CloudNativePG writes into the {@code <cluster>-app} Secret. */
    private static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "pgpass", "user");
    /** Secrets an operator creates by hand before applying the overlay (documented in deploy/README.md). */
    private static final Map<String, Set<String>> CREATED_OUT_OF_BAND = Map.of("prod", Set.of("eventline-api-keys"));

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyEnvironmentVariableSetsAPropertyTheServiceReads(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String service = deployment.getMetadata().getName();
            ServiceProperties properties = ServiceProperties.of(service);
            for (String env : environment(rendered, deployment).keySet()) {
                boolean read = properties.propertyForEnv(env).isPresent() || EnvAllowList.reason(service, env).isPresent();
                assertThat(read).as("%s: %s sets %s, which maps to no property in %s/src/main/resources/"
                                + "application.properties (nor to an entry of env-allowlist.properties)",
                        overlay, service, env, service).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void credentialsComeFromSecretsNeverFromPlainValuesOrConfigMaps(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Pattern sensitive = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|API_KEY|CREDENTIAL|JDBC_URL).*");
        int secretsSeen = 0;
        for (Deployment deployment : rendered.all(Deployment.class)) {
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (EnvFromSource source : container.getEnvFrom()) {
                for (String key : rendered.get(ConfigMap.class, source.getConfigMapRef().getName()).getData().keySet()) {
                    assertThat(sensitive.matcher(key).matches()).as(overlay + " ConfigMap key " + key).isFalse();
                }
            }
            for (EnvVar env : container.getEnv()) {
                if (sensitive.matcher(env.getName()).matches()) {
                    assertThat(env.getValue()).as(overlay + " " + env.getName() + " inline").isNull();
                    assertThat(env.getValueFrom().getSecretKeyRef()).as(env.getName()).isNotNull();
                    secretsSeen++;
                }
            }
        }
        assertThat(secretsSeen).as("API keys + datasource URL and password").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theAllowListHasReasonsAndNoEntryThatAPropertyAlreadyCovers() {
        EnvAllowList.entries().forEach((key, reason) -> {
            assertThat(reason.toString()).as(key.toString()).hasSizeGreaterThan(20);
            String[] parts = key.toString().split("/", 2);
            if (!parts[0].equals("*")) {
                assertThat(ServiceProperties.of(parts[0]).propertyForEnv(parts[1])).as(key + " is redundant").isEmpty();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyReferencedConfigMapAndSecretKeyExists(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Set<String> cnpgSecrets = Set.copyOf(rendered.all(CnpgCluster.class).stream().map(CnpgCluster::appSecretName).toList());
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    assertThat(source.getSecretRef()).as("secrets are referenced key by key, never wholesale").isNull();
                    rendered.get(ConfigMap.class, source.getConfigMapRef().getName());
                }
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() == null) {
                        continue;
                    }
                    var ref = env.getValueFrom().getSecretKeyRef();
                    assertThat(ref).as(env.getName() + " comes from a Secret").isNotNull();
                    String where = overlay + " " + deployment.getMetadata().getName() + " " + env.getName();
                    if (cnpgSecrets.contains(ref.getName())) {
                        assertThat(CNPG_APP_SECRET_KEYS).as(where).contains(ref.getKey());
                    } else if (CREATED_OUT_OF_BAND.getOrDefault(overlay, Set.of()).contains(ref.getName())) {
                        assertThat(rendered.find(Secret.class, ref.getName())).as(where).isEmpty();
                    } else {
                        Secret secret = rendered.get(Secret.class, ref.getName());
                        Map<String, String> data = new LinkedHashMap<>();
                        if (secret.getData() != null) data.putAll(secret.getData());
                        if (secret.getStringData() != null) data.putAll(secret.getStringData());
                        assertThat(data).as(where).containsKey(ref.getKey());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void kafkaBootstrapServersIsTheStrimziBootstrapServiceOfTheClientListener(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        Kafka kafka = rendered.all(Kafka.class).get(0);
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(l -> !l.isTls()).findFirst().orElseThrow();
        String expected = kafka.getMetadata().getName() + "-kafka-bootstrap:" + plain.getPort();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            Map<String, String> env = environment(rendered, deployment);
            assertThat(env).as(overlay + " " + deployment.getMetadata().getName())
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void serviceUrlsPointAtRenderedServicesAndTheirPorts(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        int checked = 0;
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Map.Entry<String, String> env : environment(rendered, deployment).entrySet()) {
                if (env.getValue() == null || !env.getValue().startsWith("http")) {
                    continue;
                }
                URI uri = URI.create(env.getValue());
                Service service = rendered.get(Service.class, uri.getHost());
                assertThat(service.getSpec().getPorts()).as(env.getKey()).anyMatch(p -> p.getPort() == uri.getPort());
                checked++;
            }
        }
        assertThat(checked).as("the gateway's downstream URLs").isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void timelineServiceGetsTheDatabaseTheClusterBootstraps(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        CnpgCluster cluster = rendered.get(CnpgCluster.class, "eventline-db");
        Map<String, EnvVar> env = new LinkedHashMap<>();
        rendered.get(Deployment.class, "timeline-service").getSpec().getTemplate().getSpec().getContainers().get(0)
                .getEnv().forEach(e -> env.put(e.getName(), e));

        for (String variable : new String[] {"QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD"}) {
            assertThat(env).containsKey(variable);
            assertThat(env.get(variable).getValueFrom().getSecretKeyRef().getName()).isEqualTo(cluster.appSecretName());
        }
        // The database the service is developed against is the one CloudNativePG creates.
        String localUrl = ServiceProperties.of("timeline-service").get("quarkus.datasource.jdbc.url").orElseThrow();
        String database = URI.create(localUrl.substring("jdbc:".length())).getPath().substring(1);
        assertThat(cluster.spec().bootstrap().initdb().database()).isEqualTo(database);
        assertThat(cluster.spec().bootstrap().initdb().owner()).isEqualTo("eventline");
        assertThat(ServiceProperties.of("timeline-service").get("quarkus.datasource.db-kind")).contains("postgresql");
    }

    /** Variables of the first container: envFrom ConfigMap keys, then env entries (which win, as in Kubernetes). */
    private static Map<String, String> environment(RenderedOverlay rendered, Deployment deployment) {
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                env.putAll(rendered.get(ConfigMap.class, source.getConfigMapRef().getName()).getData());
            }
        }
        for (EnvVar variable : container.getEnv()) {
            env.put(variable.getName(), variable.getValue());
        }
        return env;
    }
}
