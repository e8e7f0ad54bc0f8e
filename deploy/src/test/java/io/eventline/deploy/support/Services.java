package io.eventline.deploy.support;

import java.util.List;

/** The three Eventline services: module directory = Deployment = Service = image name suffix. */
public final class Services {
    public static final List<String> NAMES = List.of("gateway", "ingest-service", "timeline-service");

    private Services() {
    }
}
