package io.eventline.deploy.workload;

import io.eventline.deploy.support.RenderedOverlay;
import io.eventline.deploy.support.ServiceProperties;
import io.eventline.deploy.support.Services;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.eventline.deploy.model.KedaScaledObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Deployments, Services, PDBs, autoscalers and the Ingress agree with each other and with the services. */
class WorkloadTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyDeploymentIsOneOfTheServicesAndEveryServiceIsDeployed(String overlay) {
        assertThat(RenderedOverlay.of(overlay).all(Deployment.class)).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Services.NAMES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyContainerHasRequestsAndLimitsWithLimitsAtLeastRequests(String overlay) {
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            for (Container container : containers(deployment)) {
                String where = overlay + " " + deployment.getMetadata().getName() + "/" + container.getName();
                Map<String, Quantity> requests = container.getResources().getRequests();
                Map<String, Quantity> limits = container.getResources().getLimits();
                assertThat(requests).as(where + " requests").containsKeys("cpu", "memory");
                assertThat(limits).as(where + " limits").containsKeys("cpu", "memory");
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(Quantity.getAmountInBytes(limits.get(resource)))
                            .as(where + " " + resource + " limit >= request")
                            .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(requests.get(resource)));
                }
                // The JVM sizes its heap from the memory limit; below ~256Mi a Quarkus service will not run.
                assertThat(Quantity.getAmountInBytes(limits.get("memory")).longValue()).as(where)
                        .isGreaterThanOrEqualTo(256L * 1024 * 1024);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void podsRunHardenedAsTheQuarkusImageUser(String overlay) {
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            String name = overlay + " " + deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            PodSecurityContext podContext = pod.getSecurityContext();
            assertThat(podContext.getRunAsNonRoot()).as(name).isTrue();
            assertThat(podContext.getRunAsUser()).as(name).isEqualTo(185L);
            assertThat(podContext.getSeccompProfile().getType()).as(name).isEqualTo("RuntimeDefault");
            assertThat(pod.getAutomountServiceAccountToken()).as(name + " needs no API token").isFalse();
            for (Container container : containers(deployment)) {
                SecurityContext context = container.getSecurityContext();
                assertThat(context.getAllowPrivilegeEscalation()).as(name).isFalse();
                assertThat(context.getReadOnlyRootFilesystem()).as(name).isTrue();
                assertThat(context.getCapabilities().getDrop()).as(name).containsExactly("ALL");
                assertThat(context.getCapabilities().getAdd()).as(name).isNullOrEmpty();
                assertThat(context.getPrivileged()).as(name).isNotEqualTo(Boolean.TRUE);
                // Read-only root: /tmp must be a writable emptyDir.
                String tmpVolume = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                        .map(m -> m.getName()).findFirst().orElseThrow(() -> new AssertionError(name + " mounts no /tmp"));
                Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().orElseThrow();
                assertThat(volume.getEmptyDir()).as(name + " /tmp is an emptyDir").isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void probesHitTheQuarkusHealthEndpointsOnThePortTheServiceListensOn(String overlay) {
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            String service = deployment.getMetadata().getName();
            ServiceProperties properties = ServiceProperties.of(service);
            Container container = containers(deployment).get(0);
            assertThat(container.getPorts()).extracting(ContainerPort::getContainerPort).as(service)
                    .contains(properties.httpPort());
            assertProbe(container, container.getStartupProbe(), "/q/health/started", properties.healthPort(), service);
            assertProbe(container, container.getReadinessProbe(), "/q/health/ready", properties.healthPort(), service);
            assertProbe(container, container.getLivenessProbe(), "/q/health/live", properties.healthPort(), service);

            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            assertThat(annotations).as(service).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(properties.healthPort()));
        }
    }

    private static void assertProbe(Container container, Probe probe, String path, int port, String service) {
        assertThat(probe).as(service + " " + path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as(service).isEqualTo(path);
        assertThat(resolvePort(container, probe.getHttpGet().getPort())).as(service + " " + path).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void servicesSelectExactlyTheirDeploymentAndReachItsListeningPort(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (Service service : rendered.all(Service.class)) {
            String name = service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            List<Deployment> selected = rendered.all(Deployment.class).stream()
                    .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            assertThat(selected).as(overlay + " Service " + name + " selects").singleElement()
                    .satisfies(d -> assertThat(d.getMetadata().getName()).isEqualTo(name));
            Container container = containers(selected.get(0)).get(0);
            int listening = ServiceProperties.of(name).httpPort();
            for (ServicePort port : service.getSpec().getPorts()) {
                assertThat(resolvePort(container, port.getTargetPort())).as(name).isEqualTo(listening);
                // Cluster-internal URLs use the same number as the service itself (http://ingest-service:8081).
                assertThat(port.getPort()).as(name).isEqualTo(listening);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void deploymentSelectorsMatchTheirOwnPodsAndEveryDeploymentHasADisruptionBudget(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
            List<PodDisruptionBudget> budgets = rendered.all(PodDisruptionBudget.class).stream()
                    .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertThat(budgets).as(overlay + " PDB of " + deployment.getMetadata().getName()).hasSize(1);
            // maxUnavailable keeps one-replica dev deployments drainable; minAvailable=replicas would block drains.
            assertThat(budgets.get(0).getSpec().getMaxUnavailable()).isEqualTo(new IntOrString(1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void eachDeploymentHasAtMostOneAutoscalerAndItTargetsARealDeployment(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<String> targets = new ArrayList<>();
        for (HorizontalPodAutoscaler hpa : rendered.all(HorizontalPodAutoscaler.class)) {
            assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(hpa.getSpec().getMinReplicas()).isLessThanOrEqualTo(hpa.getSpec().getMaxReplicas());
            targets.add(hpa.getSpec().getScaleTargetRef().getName());
        }
        for (KedaScaledObject scaledObject : rendered.all(KedaScaledObject.class)) {
            assertThat(scaledObject.spec().scaleTargetRef().kind()).isIn(null, "Deployment");
            assertThat(scaledObject.spec().minReplicaCount()).isLessThanOrEqualTo(scaledObject.spec().maxReplicaCount());
            targets.add(scaledObject.spec().scaleTargetRef().name());
        }
        assertThat(targets).as("HPA and KEDA must never fight over one Deployment").doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("gateway", "timeline-service");
        targets.forEach(target -> rendered.get(Deployment.class, target));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void theIngressExposesTheGatewayAndNothingElse(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        List<Ingress> ingresses = rendered.all(Ingress.class);
        assertThat(ingresses).hasSize(1);
        Ingress ingress = ingresses.get(0);
        assertThat(ingress.getSpec().getDefaultBackend()).isNull();
        Service gateway = rendered.get(Service.class, "gateway");
        for (IngressRule rule : ingress.getSpec().getRules()) {
            for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                assertThat(path.getBackend().getService().getName()).isEqualTo("gateway");
                String portName = path.getBackend().getService().getPort().getName();
                assertThat(gateway.getSpec().getPorts()).extracting(ServicePort::getName).contains(portName);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prod"})
    void productionSurvivesTheLossOfANodeOrAZone(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.of(overlay);
        for (Deployment deployment : rendered.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            assertThat(deployment.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            var constraints = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            assertThat(constraints).as(name).extracting(c -> c.getTopologyKey())
                    .contains("topology.kubernetes.io/zone", "kubernetes.io/hostname");
            constraints.forEach(c -> assertThat(podLabels).as(name + " spread selector selects its own pods")
                    .containsAllEntriesOf(c.getLabelSelector().getMatchLabels()));
        }
        assertThat(rendered.get(HorizontalPodAutoscaler.class, "gateway").getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(rendered.get(KedaScaledObject.class, "timeline-service").spec().minReplicaCount()).isGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev"})
    void developmentRunsOneReplicaOfEachService(String overlay) {
        for (Deployment deployment : RenderedOverlay.of(overlay).all(Deployment.class)) {
            assertThat(deployment.getSpec().getReplicas()).as(deployment.getMetadata().getName()).isEqualTo(1);
        }
    }

    private static List<Container> containers(Deployment deployment) {
        return deployment.getSpec().getTemplate().getSpec().getContainers();
    }

    private static int resolvePort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " has no port named " + port.getStrVal()));
    }
}
