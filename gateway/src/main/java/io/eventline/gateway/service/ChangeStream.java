package io.eventline.gateway.service;

import io.eventline.contracts.EventChange;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.subscription.MultiEmitter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/**
 * One SSE client's feed: what it missed since {@code Last-Event-ID} (from timeline-service's change log), then the
 * live feed, without gaps or duplicates.
 *
 * <p>No gap: the live feed is subscribed <em>before</em> the replay is fetched, and live changes are held back
 * until the replay is out. No duplicate: a live change whose sequence the replay already covered is dropped, and a
 * window of recently sent sequences absorbs Kafka redeliveries. Live changes are not required to arrive in sequence
 * order (the topic may have several partitions), so the live phase never drops a change just for being "older"
 * than the previous one.
 */
public final class ChangeStream {
    private static final int RECENT_WINDOW = 4096;

    private final Multi<EventChange> live;
    private final LongFunction<Uni<ReplayResult>> replay;
    private final int clientBuffer;

    public ChangeStream(Multi<EventChange> live, LongFunction<Uni<ReplayResult>> replay, int clientBuffer) {
        this.live = live;
        this.replay = replay;
        this.clientBuffer = clientBuffer;
    }

    /**
     * @param lastEventId the last sequence the client saw, or null for a fresh client (live only)
     * @param filter      which changes this client wants
     */
    public Multi<StreamItem> open(Long lastEventId, Predicate<EventChange> filter) {
        return Multi.createFrom().<StreamItem>emitter(emitter -> {
                    Session session = new Session(emitter, filter, lastEventId);
                    Cancellable liveSubscription = live.subscribe().with(session::onLive, emitter::fail, emitter::complete);
                    emitter.onTermination(liveSubscription::cancel);
                    if (lastEventId == null) {
                        session.replayDone(List.of(), null);
                    } else {
                        replay.apply(lastEventId).subscribe().with(
                                result -> session.replayDone(result.changes(),
                                        result.truncated() ? "more changes were missed than can be replayed" : null),
                                failure -> session.replayDone(List.of(),
                                        "missed changes could not be replayed: " + failure.getMessage()));
                    }
                }, BackPressureStrategy.BUFFER)
                // a client that stops reading is disconnected rather than allowed to grow memory; it reconnects
                // with Last-Event-ID and gets what it missed from the replay
                .onOverflow().buffer(clientBuffer);
    }

    private static final class Session {
        private final MultiEmitter<? super StreamItem> emitter;
        private final Predicate<EventChange> filter;
        private final LinkedHashSet<Long> recent = new LinkedHashSet<>();
        private final List<EventChange> heldBack = new ArrayList<>();
        private boolean replaying = true;
        private long coveredUpTo;

        Session(MultiEmitter<? super StreamItem> emitter, Predicate<EventChange> filter, Long lastEventId) {
            this.emitter = emitter;
            this.filter = filter;
            this.coveredUpTo = lastEventId == null ? Long.MIN_VALUE : lastEventId;
        }

        synchronized void onLive(EventChange change) {
            if (replaying) {
                heldBack.add(change);
            } else {
                deliver(change);
            }
        }

        synchronized void replayDone(List<EventChange> replayed, String resyncReason) {
            long replayedUpTo = coveredUpTo;
            for (EventChange change : replayed) {
                if (change.sequence() > coveredUpTo) {
                    deliver(change);
                    replayedUpTo = Math.max(replayedUpTo, change.sequence());
                }
            }
            if (resyncReason != null) {
                emitter.emit(new StreamItem.Resync(resyncReason));
            }
            coveredUpTo = replayedUpTo;
            replaying = false;
            for (EventChange change : heldBack) {
                deliver(change);
            }
            heldBack.clear();
        }

        private void deliver(EventChange change) {
            if (change.sequence() <= coveredUpTo || !recent.add(change.sequence())) {
                return;
            }
            if (recent.size() > RECENT_WINDOW) {
                recent.remove(recent.iterator().next());
            }
            if (filter.test(change)) {
                emitter.emit(new StreamItem.Change(change));
            }
        }
    }
}
