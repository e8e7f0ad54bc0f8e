package io.eventline.deploy.network;

import io.eventline.deploy.support.RenderedOverlay;
import io.eventline.deploy.support.ServiceProperties;
import io.eventline.deploy.support.Services;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluates the rendered NetworkPolicies (plus the one Strimzi generates for the client listener from
 * networkPolicyPeers) for the connections Eventline needs and for the ones it must refuse.
 */
class NetworkPolicyTest {
    private static final int POSTGRES = 5432;
    private static final int CNPG_STATUS = 8000;
    private static final int KAFKA_REPLICATION = 9091;
    private static final int KAFKA_EXPORTER_METRICS = 9404;

    private record World(NetworkPolicyEvaluator policies, Map<String, Pod> pods, int kafkaPort) {
        Pod pod(String name) {
            return pods.get(name);
        }

        boolean allows(String from, String to, int port) {
            return policies.allows(pod(from), pod(to), port, "TCP");
        }
    }

    private static World world(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        String ns = rendered.namespace();
        Kafka kafka = rendered.all(Kafka.class).get(0);
        String cluster = kafka.getMetadata().getName();
        Map<String, Pod> pods = new java.util.LinkedHashMap<>();
        for (Deployment deployment : rendered.all(Deployment.class)) {
            pods.put(deployment.getMetadata().getName(), new Pod(deployment.getMetadata().getName(), ns,
                    deployment.getSpec().getTemplate().getMetadata().getLabels()));
        }
        // Labels Strimzi 0.45 and CloudNativePG put on the pods they create.
        pods.put("kafka-broker", new Pod("kafka broker", ns, Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                "strimzi.io/name", cluster + "-kafka", "strimzi.io/broker-role", "true", "strimzi.io/pool-name", "brokers")));
        pods.put("kafka-exporter", new Pod("kafka exporter", ns, Map.of("strimzi.io/cluster", cluster,
                "strimzi.io/kind", "Kafka", "strimzi.io/name", cluster + "-kafka-exporter")));
        pods.put("postgres", new Pod("postgres instance", ns, Map.of("cnpg.io/cluster", "eventline-db",
                "cnpg.io/podRole", "instance", "role", "primary")));
        pods.put("postgres-replica", new Pod("postgres replica", ns, Map.of("cnpg.io/cluster", "eventline-db",
                "cnpg.io/podRole", "instance", "role", "replica")));
        pods.put("ingress-controller", new Pod("ingress-nginx controller", "ingress-nginx",
                Map.of("app.kubernetes.io/name", "ingress-nginx", "app.kubernetes.io/component", "controller")));
        pods.put("prometheus", new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        pods.put("keda", new Pod("keda operator", "keda", Map.of("app", "keda-operator")));
        pods.put("cnpg-operator", new Pod("cnpg operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        pods.put("kube-dns", new Pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns")));
        pods.put("stranger", new Pod("pod in another namespace", "default", Map.of("app", "curl")));
        pods.put("neighbour", new Pod("debug pod in our namespace", ns, Map.of("run", "debug")));

        GenericKafkaListener listener = kafka.getSpec().getKafka().getListeners().stream().filter(l -> !l.isTls())
                .findFirst().orElseThrow();
        List<NetworkPolicy> policies = new ArrayList<>(rendered.all(NetworkPolicy.class));
        policies.add(strimziListenerPolicy(ns, cluster, listener));
        return new World(new NetworkPolicyEvaluator(policies), pods, listener.getPort());
    }

    /**
     * What Strimzi's operator creates (ingress to the Kafka pods only): the client listener open to its
     * networkPolicyPeers, and the control-plane/replication ports open to the cluster's own pods.
     */
    private static NetworkPolicy strimziListenerPolicy(String ns, String cluster, GenericKafkaListener listener) {
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(cluster + "-network-policy-kafka").withNamespace(ns).endMetadata()
                .withNewSpec()
                .withNewPodSelector().addToMatchLabels("strimzi.io/cluster", cluster)
                .addToMatchLabels("strimzi.io/kind", "Kafka").addToMatchLabels("strimzi.io/name", cluster + "-kafka").endPodSelector()
                .withPolicyTypes("Ingress")
                .addNewIngress().withFrom(listener.getNetworkPolicyPeers())
                .addNewPort().withProtocol("TCP").withNewPort(listener.getPort()).endPort().endIngress()
                .addNewIngress().addNewFrom().withNewPodSelector().addToMatchLabels("strimzi.io/cluster", cluster)
                .endPodSelector().endFrom()
                .addNewPort().withProtocol("TCP").withNewPort(9090).endPort()
                .addNewPort().withProtocol("TCP").withNewPort(KAFKA_REPLICATION).endPort().endIngress()
                .endSpec().build();
    }

    private static int port(String service) {
        return ServiceProperties.of(service).httpPort();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void onlyTheGatewayIsReachableFromTheIngressController(String overlay) {
        World world = world(overlay);
        assertThat(world.allows("ingress-controller", "gateway", port("gateway"))).isTrue();
        for (String service : Services.NAMES) {
            if (!service.equals("gateway")) {
                assertThat(world.allows("ingress-controller", service, port(service))).as(service).isFalse();
            }
        }
        assertThat(world.allows("ingress-controller", "kafka-broker", world.kafkaPort())).isFalse();
        assertThat(world.allows("ingress-controller", "postgres", POSTGRES)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theServicesReachExactlyWhatTheyNeed(String overlay) {
        World world = world(overlay);
        int kafka = world.kafkaPort();
        assertThat(world.allows("gateway", "ingest-service", port("ingest-service"))).isTrue();
        assertThat(world.allows("gateway", "timeline-service", port("timeline-service"))).isTrue();
        assertThat(world.allows("gateway", "kafka-broker", kafka)).isTrue();
        assertThat(world.allows("ingest-service", "kafka-broker", kafka)).isTrue();
        assertThat(world.allows("timeline-service", "kafka-broker", kafka)).isTrue();
        assertThat(world.allows("timeline-service", "postgres", POSTGRES)).isTrue();

        assertThat(world.allows("gateway", "postgres", POSTGRES)).as("gateway → PostgreSQL").isFalse();
        assertThat(world.allows("ingest-service", "postgres", POSTGRES)).as("ingest → PostgreSQL").isFalse();
        assertThat(world.allows("ingest-service", "timeline-service", port("timeline-service"))).isFalse();
        assertThat(world.allows("timeline-service", "ingest-service", port("ingest-service"))).isFalse();
        assertThat(world.allows("timeline-service", "gateway", port("gateway"))).isFalse();
        assertThat(world.allows("gateway", "kafka-broker", KAFKA_REPLICATION)).as("broker-internal port").isFalse();
        for (String service : Services.NAMES) {
            assertThat(world.allows(service, "stranger", 443)).as(service + " → outside").isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyPodResolvesNamesAndPrometheusScrapesEveryService(String overlay) {
        World world = world(overlay);
        for (String pod : List.of("gateway", "ingest-service", "timeline-service", "kafka-broker", "postgres")) {
            assertThat(world.policies().allows(world.pod(pod), world.pod("kube-dns"), 53, "UDP")).as(pod).isTrue();
            assertThat(world.policies().allows(world.pod(pod), world.pod("kube-dns"), 53, "TCP")).as(pod).isTrue();
        }
        for (String service : Services.NAMES) {
            assertThat(world.allows("prometheus", service, ServiceProperties.of(service).healthPort())).as(service).isTrue();
        }
        assertThat(world.allows("prometheus", "kafka-exporter", KAFKA_EXPORTER_METRICS)).as("consumer lag metrics").isTrue();
        assertThat(world.allows("stranger", "kafka-exporter", KAFKA_EXPORTER_METRICS)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void operatorsAndDataPodsKeepWorkingUnderDefaultDeny(String overlay) {
        World world = world(overlay);
        assertThat(world.allows("keda", "kafka-broker", world.kafkaPort())).as("KEDA reads consumer lag").isTrue();
        assertThat(world.allows("cnpg-operator", "postgres", CNPG_STATUS)).as("CNPG status checks").isTrue();
        assertThat(world.allows("postgres-replica", "postgres", POSTGRES)).as("streaming replication").isTrue();
        // Egress between Kafka nodes is our policy's job (Strimzi only generates the ingress side).
        assertThat(world.allows("kafka-broker", "kafka-broker", KAFKA_REPLICATION)).as("replication").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void strangersGetNothing(String overlay) {
        World world = world(overlay);
        for (String from : List.of("stranger", "neighbour")) {
            for (String service : Services.NAMES) {
                assertThat(world.allows(from, service, port(service))).as(from + " → " + service).isFalse();
            }
            assertThat(world.allows(from, "kafka-broker", world.kafkaPort())).as(from + " → kafka").isFalse();
            assertThat(world.allows(from, "postgres", POSTGRES)).as(from + " → postgres").isFalse();
        }
    }

    @Test
    void theEvaluatorItselfDistinguishesNamespacesAndPorts() {
        NetworkPolicy allowFromA = new NetworkPolicyBuilder().withNewMetadata().withName("p").withNamespace("b").endMetadata()
                .withNewSpec().withNewPodSelector().endPodSelector().withPolicyTypes("Ingress")
                .addNewIngress().addNewFrom().withNewNamespaceSelector().addToMatchLabels("kubernetes.io/metadata.name", "a")
                .endNamespaceSelector().endFrom().addNewPort().withNewPort(80).endPort().endIngress().endSpec().build();
        NetworkPolicyEvaluator evaluator = new NetworkPolicyEvaluator(List.of(allowFromA));
        Pod inA = new Pod("a", "a", Map.of());
        Pod inB = new Pod("b", "b", Map.of());
        Pod inC = new Pod("c", "c", Map.of());

        assertThat(evaluator.allows(inA, inB, 80, "TCP")).isTrue();
        assertThat(evaluator.allows(inA, inB, 81, "TCP")).isFalse();
        assertThat(evaluator.allows(inA, inB, 80, "UDP")).isFalse();
        assertThat(evaluator.allows(inC, inB, 80, "TCP")).isFalse();
        assertThat(evaluator.allows(inB, inA, 80, "TCP")).as("a is selected by no policy: open").isTrue();
    }
}
