package io.eventline.deploy.kustomize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventline.deploy.support.RenderedOverlay;
import io.eventline.deploy.support.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KustomizeRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void overlayRendersEveryPieceOfTheSystem(String overlay) {
        List<String> ids = RenderedOverlay.of(overlay).objects().stream()
                .map(o -> o.path("kind").asText() + "/" + o.path("metadata").path("name").asText()).toList();

        assertThat(ids).contains(
                "Namespace/eventline",
                "Deployment/gateway", "Deployment/ingest-service", "Deployment/timeline-service",
                "Service/gateway", "Service/ingest-service", "Service/timeline-service",
                "ConfigMap/gateway-config", "ConfigMap/ingest-service-config", "ConfigMap/timeline-service-config",
                "PodDisruptionBudget/gateway", "PodDisruptionBudget/ingest-service", "PodDisruptionBudget/timeline-service",
                "HorizontalPodAutoscaler/gateway", "ScaledObject/timeline-service", "Ingress/gateway",
                "Kafka/eventline-kafka", "KafkaTopic/articles-parsed", "KafkaTopic/articles-parsed-dlq",
                "KafkaTopic/timeline-events", "Cluster/eventline-db", "NetworkPolicy/default-deny-all",
                "NetworkPolicy/allow-dns-egress");
        assertThat(ids).anyMatch(id -> id.startsWith("KafkaNodePool/"));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyNamespacedObjectLandsInTheOverlayNamespace(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (ObjectNode object : rendered.objects()) {
            if (!object.path("kind").asText().equals("Namespace")) {
                assertThat(object.path("metadata").path("namespace").asText()).as(ResourceId.of(object).toString())
                        .isEqualTo("eventline");
            }
        }
        assertThat(rendered.ofKind("Namespace")).singleElement()
                .satisfies(ns -> assertThat(ns.path("metadata").path("name").asText()).isEqualTo(rendered.namespace()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void imagesAreNamedAndTaggedByTheBaseImagesListOnly(String overlay) throws IOException {
        JsonNode images = YamlDocuments.readOne(Repo.deployDir().resolve("base/kustomization.yaml")).path("images");
        Map<String, String> expected = new TreeMap<>();
        images.forEach(i -> expected.put(i.path("name").asText(),
                i.path("newName").asText() + ":" + i.path("newTag").asText()));
        assertThat(expected).containsOnlyKeys("eventline/gateway", "eventline/ingest-service", "eventline/timeline-service");

        for (JsonNode deployment : RenderedOverlay.of(overlay).ofKind("Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
                assertThat(container.path("image").asText()).as(name).isEqualTo(expected.get("eventline/" + name));
            }
        }
        try (Stream<Path> files = Files.walk(Repo.deployDir())) {
            List<Path> withImages = files.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
                    .filter(p -> YamlDocuments.readOne(p).has("images")).toList();
            assertThat(withImages).as("image names/tags are set in ONE kustomization")
                    .containsExactly(Repo.deployDir().resolve("base/kustomization.yaml"));
        }
    }

    /** The Java renderer is only trusted because, wherever kustomize exists, it must agree with it exactly. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "base"})
    void javaRendererAgreesWithRealKustomizeWhenInstalled(String overlay) throws Exception {
        Optional<KustomizeBinary> binary = KustomizeBinary.find();
        assumeTrue(binary.isPresent(), "no kustomize/kubectl on PATH: only the Java renderer is checked");

        Path dir = Repo.deployDir().resolve(overlay);
        Map<ResourceId, JsonNode> real = byId(binary.get().render(dir));
        Map<ResourceId, JsonNode> java = byId(KustomizeRenderer.render(dir));
        System.out.printf("[deploy] %s: %s rendered %d objects, Java renderer %d%n", overlay, binary.get(),
                real.size(), java.size());

        assertThat(java.keySet()).containsExactlyInAnyOrderElementsOf(real.keySet());
        for (Map.Entry<ResourceId, JsonNode> entry : real.entrySet()) {
            assertThat(java.get(entry.getKey())).as(entry.getKey().toString()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void fieldsOutsideTheSubsetAreRejectedNotIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources: [cm.yaml]
                commonLabels: {team: x}
                """);
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");

        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).isInstanceOf(UnsupportedKustomizeFeature.class)
                .hasMessageContaining("commonLabels");
    }

    @Test
    void patchThatMatchesNothingFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\npatches: [{path: p.yaml}]\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");
        Files.writeString(dir.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: typo}\ndata: {a: b}\n");

        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).hasMessageContaining("matches no object");
    }

    @Test
    void strategicMergeMergesContainersAndEnvByNameButReplacesCustomResourceLists(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kustomization.yaml"),
                "resources: [d.yaml, t.yaml]\npatches: [{path: pd.yaml}, {path: pt.yaml}]\n");
        Files.writeString(dir.resolve("d.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: a
                          image: x
                          env: [{name: A, value: "1"}, {name: B, value: "2"}]
                          args: [one, two]
                        - name: b
                          image: y
                """);
        Files.writeString(dir.resolve("pd.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: a
                          env: [{name: B, value: "3"}, {name: C, value: "4"}]
                          args: [three]
                """);
        Files.writeString(dir.resolve("t.yaml"),
                "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata: {name: n}\nspec: {roles: [broker, controller], replicas: 1}\n");
        Files.writeString(dir.resolve("pt.yaml"),
                "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaNodePool\nmetadata: {name: n}\nspec: {roles: [broker]}\n");

        List<ObjectNode> rendered = KustomizeRenderer.render(dir);

        JsonNode containers = rendered.get(0).at("/spec/template/spec/containers");
        assertThat(containers).hasSize(2);
        assertThat(containers.get(0).path("image").asText()).isEqualTo("x");
        // kustomize's order: the patch's elements first, then the untouched originals.
        assertThat(containers.get(0).path("env").toString())
                .isEqualTo("[{\"name\":\"B\",\"value\":\"3\"},{\"name\":\"C\",\"value\":\"4\"},{\"name\":\"A\",\"value\":\"1\"}]");
        assertThat(containers.get(0).path("args").toString()).isEqualTo("[\"three\"]");
        assertThat(rendered.get(1).at("/spec/roles").toString()).isEqualTo("[\"broker\"]");
        assertThat(rendered.get(1).at("/spec/replicas").asInt()).isEqualTo(1);

        Optional<KustomizeBinary> binary = KustomizeBinary.find();
        if (binary.isPresent()) {
            assertThat(byId(rendered)).isEqualTo(byId(binary.get().render(dir)));
        }
    }

    @Test
    void imageReferencesKeepRegistryPortsApart() {
        assertThat(ImageRef.parse("registry:5000/eventline/gateway")).isEqualTo(new ImageRef("registry:5000/eventline/gateway", null, null));
        assertThat(ImageRef.parse("eventline/gateway:1.2@sha256:ab")).isEqualTo(new ImageRef("eventline/gateway", "1.2", "sha256:ab"));
    }

    private static Map<ResourceId, JsonNode> byId(List<? extends JsonNode> objects) {
        Map<ResourceId, JsonNode> byId = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        objects.forEach(o -> byId.put(ResourceId.of(o), o));
        return byId;
    }
}
