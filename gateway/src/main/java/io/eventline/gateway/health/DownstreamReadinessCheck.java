package io.eventline.gateway.health;

import io.eventline.gateway.client.IngestClient;
import io.eventline.gateway.client.TimelineClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.function.Supplier;

/** Ready only when both downstream services answer their liveness probe (the Kafka consumer has its own check). */
@Readiness
@ApplicationScoped
public class DownstreamReadinessCheck implements HealthCheck {
    private final IngestClient ingest;
    private final TimelineClient timeline;

    public DownstreamReadinessCheck(@RestClient IngestClient ingest, @RestClient TimelineClient timeline) {
        this.ingest = ingest;
        this.timeline = timeline;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services");
        boolean ingestUp = probe(builder, "ingest-service", ingest::live);
        boolean timelineUp = probe(builder, "timeline-service", timeline::live);
        return builder.status(ingestUp && timelineUp).build();
    }

    private static boolean probe(HealthCheckResponseBuilder builder, String name, Supplier<Response> call) {
        try (Response response = call.get()) {
            boolean up = response.getStatus() == 200;
            builder.withData(name, up ? "UP" : "DOWN (" + response.getStatus() + ")");
            return up;
        } catch (RuntimeException e) {
            builder.withData(name, "DOWN (" + e.getClass().getSimpleName() + ")");
            return false;
        }
    }
}
