package io.eventline.deploy.kustomize;

/** A kustomization uses something outside the documented subset this renderer implements. */
public class UnsupportedKustomizeFeature extends RuntimeException {
    public UnsupportedKustomizeFeature(String message) {
        super(message);
    }
}
