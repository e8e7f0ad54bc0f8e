package io.eventline.deploy.network;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.List;
import java.util.Map;

/**
 * Decides whether a TCP/UDP connection between two pods is allowed by a set of NetworkPolicies, following the
 * Kubernetes semantics: a connection needs both the source's egress and the destination's ingress to allow it; a
 * pod selected by no policy of a direction is open in that direction; policies are additive (a union). Peers with
 * podSelector only match pods of the policy's own namespace. ipBlock peers never match pods (pod IPs are not
 * modelled), and named ports are rejected (the manifests use numbers).
 */
final class NetworkPolicyEvaluator {
    private final List<NetworkPolicy> policies;

    NetworkPolicyEvaluator(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    boolean allows(Pod from, Pod to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(to, from, port, protocol);
    }

    private boolean egressAllows(Pod source, Pod destination, int port, String protocol) {
        List<NetworkPolicy> selecting = selecting(source, "Egress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> orEmpty(policy.getSpec().getEgress()).stream()
                .anyMatch(rule -> peersMatch(rule.getTo(), destination, policy) && portsMatch(rule.getPorts(), port, protocol)));
    }

    private boolean ingressAllows(Pod destination, Pod source, int port, String protocol) {
        List<NetworkPolicy> selecting = selecting(destination, "Ingress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> orEmpty(policy.getSpec().getIngress()).stream()
                .anyMatch(rule -> peersMatch(rule.getFrom(), source, policy) && portsMatch(rule.getPorts(), port, protocol)));
    }

    private List<NetworkPolicy> selecting(Pod pod, String direction) {
        return policies.stream()
                .filter(p -> p.getMetadata().getNamespace().equals(pod.namespace()))
                .filter(p -> policyTypes(p).contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels()))
                .toList();
    }

    private static List<String> policyTypes(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        return orEmpty(policy.getSpec().getEgress()).isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod, NetworkPolicy policy) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peerMatches(peer, pod, policy.getMetadata().getNamespace()));
    }

    private static boolean peerMatches(NetworkPolicyPeer peer, Pod pod, String policyNamespace) {
        if (peer.getIpBlock() != null) {
            return false;
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? pod.namespace().equals(policyNamespace)
                : matches(peer.getNamespaceSelector(), pod.namespaceLabels());
        boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
        return namespaceOk && podOk;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            String ruleProtocol = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!ruleProtocol.equals(protocol)) {
                return false;
            }
            if (p.getPort() == null) {
                return true;
            }
            IntOrString rulePort = p.getPort();
            if (rulePort.getIntVal() == null) {
                throw new IllegalArgumentException("named port " + rulePort.getStrVal() + " is not modelled");
            }
            int end = p.getEndPort() == null ? rulePort.getIntVal() : p.getEndPort();
            return port >= rulePort.getIntVal() && port <= end;
        });
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        for (LabelSelectorRequirement requirement : orEmpty(selector.getMatchExpressions())) {
            String value = labels.get(requirement.getKey());
            boolean ok = switch (requirement.getOperator()) {
                case "In" -> value != null && requirement.getValues().contains(value);
                case "NotIn" -> value == null || !requirement.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("selector operator " + requirement.getOperator());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
