package io.eventline.gateway.rest;

import io.eventline.contracts.EventChange;
import io.eventline.gateway.config.GatewayConfig;
import io.eventline.gateway.service.BadParameterException;
import io.eventline.gateway.service.ChangeBroadcaster;
import io.eventline.gateway.service.ChangeReplay;
import io.eventline.gateway.service.ChangeStream;
import io.eventline.gateway.service.StreamItem;
import io.eventline.gateway.service.TimelineQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Server-Sent Events of timeline changes: {@code id: <sequence>}, {@code event: created|updated|merged},
 * {@code data: <EventChange JSON>}. On reconnect ({@code Last-Event-ID} header or {@code ?lastEventId=}) the missed
 * changes are replayed first. {@code event: resync} (no id) tells the client to reload the timeline because
 * changes were lost. {@code : ping} comments every {@code eventline.stream.heartbeat}.
 */
@Path("/api/stream")
@Tag(name = "Timeline")
public class StreamResource {
    static final long RECONNECT_DELAY_MS = 3000;

    private final ChangeStream stream;
    private final Duration heartbeat;
    private final AtomicInteger clients = new AtomicInteger();

    public StreamResource(ChangeBroadcaster broadcaster, ChangeReplay replay, GatewayConfig config, MeterRegistry registry) {
        this.stream = new ChangeStream(broadcaster.changes(), replay::after, config.stream().clientBuffer());
        this.heartbeat = config.stream().heartbeat();
        registry.gauge("eventline.gateway.sse.clients", clients);
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live timeline changes (Server-Sent Events), with the timeline's filters",
            description = "Each message: id = change sequence, event = created|updated|merged, data = EventChange "
                    + "JSON. Reconnect with Last-Event-ID (or ?lastEventId=) to get what was missed. A 'resync' event "
                    + "means changes could not be replayed: reload /api/timeline. ': ping' comments keep the connection open.")
    public Multi<OutboundSseEvent> stream(@BeanParam TimelineParams filters,
                                          @Parameter(description = "last sequence received (instead of the Last-Event-ID header)")
                                          @QueryParam("lastEventId") String lastEventIdQuery,
                                          @HeaderParam("Last-Event-ID") String lastEventIdHeader,
                                          @Context Sse sse) {
        TimelineQuery query = filters.toQuery(null, null);
        Long lastEventId = lastEventId(lastEventIdHeader != null && !lastEventIdHeader.isBlank() ? lastEventIdHeader : lastEventIdQuery);
        Multi<OutboundSseEvent> hello = Multi.createFrom().item(
                sse.newEventBuilder().comment("connected").reconnectDelay(RECONNECT_DELAY_MS).build());
        Multi<OutboundSseEvent> changes = stream.open(lastEventId, change -> query.matches(change.event()))
                .map(item -> toSse(sse, item));
        // a ping that cannot be written now is simply skipped: it only exists to keep the connection busy
        Multi<OutboundSseEvent> pings = Multi.createFrom().ticks().every(heartbeat).onOverflow().drop()
                .map(tick -> sse.newEventBuilder().comment("ping").build());
        return Multi.createBy().merging().streams(hello, changes, pings)
                .onSubscription().invoke(clients::incrementAndGet)
                .onTermination().invoke(clients::decrementAndGet);
    }

    private static OutboundSseEvent toSse(Sse sse, StreamItem item) {
        if (item instanceof StreamItem.Change c) {
            EventChange change = c.change();
            return sse.newEventBuilder()
                    .id(Long.toString(change.sequence()))
                    .name(change.type().name().toLowerCase(Locale.ROOT))
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(EventChange.class, change)
                    .build();
        }
        StreamItem.Resync resync = (StreamItem.Resync) item;
        return sse.newEventBuilder().name("resync").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(Map.class, Map.of("reason", resync.reason())).build();
    }

    private static Long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new BadParameterException("lastEventId", "Last-Event-ID must be a change sequence (a non-negative integer), got '" + raw + "'");
        }
    }
}
