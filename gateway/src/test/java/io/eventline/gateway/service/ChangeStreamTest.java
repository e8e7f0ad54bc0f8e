package io.eventline.gateway.service;

import io.eventline.contracts.ChangeType;
import io.eventline.contracts.EventChange;
import io.eventline.contracts.EventType;
import io.eventline.gateway.fakes.TestEvents;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.UniEmitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeStreamTest {
    private final BroadcastProcessor<EventChange> live = BroadcastProcessor.create();
    private final AtomicReference<UniEmitter<? super ReplayResult>> pendingReplay = new AtomicReference<>();
    private final ChangeStream stream = new ChangeStream(live,
            after -> Uni.createFrom().<ReplayResult>emitter(pendingReplay::set), 100);

    private static EventChange change(long seq) {
        return TestEvents.change(seq, ChangeType.UPDATED, TestEvents.parisAttacks());
    }

    private static List<Long> sequences(AssertSubscriber<StreamItem> s) {
        return s.getItems().stream().filter(i -> i instanceof StreamItem.Change)
                .map(i -> ((StreamItem.Change) i).change().sequence()).toList();
    }

    @Test
    void freshClientGetsOnlyLiveChanges() {
        live.onNext(change(1));
        AssertSubscriber<StreamItem> client = stream.open(null, c -> true).subscribe().withSubscriber(AssertSubscriber.create(10));
        live.onNext(change(2));
        live.onNext(change(3));
        assertThat(sequences(client)).containsExactly(2L, 3L);
    }

    @Test
    void liveChangesDuringTheReplayAreHeldBackAndDeduplicated() {
        AssertSubscriber<StreamItem> client = stream.open(10L, c -> true).subscribe().withSubscriber(AssertSubscriber.create(100));
        // while the replay request is in flight, 12 and 13 are published live
        live.onNext(change(12));
        live.onNext(change(13));
        assertThat(client.getItems()).isEmpty();
        // the replay (read slightly later) contains 11..13
        pendingReplay.get().complete(new ReplayResult(List.of(change(11), change(12), change(13)), false));
        live.onNext(change(13)); // a redelivery
        live.onNext(change(14));
        assertThat(sequences(client)).containsExactly(11L, 12L, 13L, 14L);
    }

    @Test
    void liveChangesFromOtherPartitionsMayArriveOutOfOrderAndAreStillDelivered() {
        AssertSubscriber<StreamItem> client = stream.open(null, c -> true).subscribe().withSubscriber(AssertSubscriber.create(100));
        live.onNext(change(21));
        live.onNext(change(20));
        live.onNext(change(21));
        assertThat(sequences(client)).containsExactly(21L, 20L);
    }

    @Test
    void replayedChangesAtOrBeforeTheLastEventIdAreSkipped() {
        AssertSubscriber<StreamItem> client = stream.open(5L, c -> true).subscribe().withSubscriber(AssertSubscriber.create(100));
        pendingReplay.get().complete(new ReplayResult(List.of(change(5), change(6)), false));
        assertThat(sequences(client)).containsExactly(6L);
    }

    @Test
    void failedOrTruncatedReplayAsksTheClientToResyncAndGoesOnLive() {
        AssertSubscriber<StreamItem> client = stream.open(5L, c -> true).subscribe().withSubscriber(AssertSubscriber.create(100));
        live.onNext(change(9));
        pendingReplay.get().fail(new IllegalStateException("timeline-service is unavailable"));
        live.onNext(change(10));
        assertThat(client.getItems().get(0)).isInstanceOf(StreamItem.Resync.class);
        assertThat(((StreamItem.Resync) client.getItems().get(0)).reason()).contains("timeline-service is unavailable");
        assertThat(sequences(client)).containsExactly(9L, 10L);

        AssertSubscriber<StreamItem> other = stream.open(5L, c -> true).subscribe().withSubscriber(AssertSubscriber.create(100));
        pendingReplay.get().complete(new ReplayResult(List.of(change(6)), true));
        assertThat(other.getItems()).hasSize(2);
        assertThat(other.getItems().get(1)).isInstanceOf(StreamItem.Resync.class);
    }

    @Test
    void filterDropsChangesButNotTheirSequenceBookkeeping() {
        AssertSubscriber<StreamItem> client = stream.open(0L, c -> c.event().type() == EventType.AIRSTRIKE)
                .subscribe().withSubscriber(AssertSubscriber.create(100));
        pendingReplay.get().complete(new ReplayResult(List.of(
                change(1), TestEvents.change(2, ChangeType.CREATED, TestEvents.raqqaStrikes())), false));
        live.onNext(change(2));
        live.onNext(TestEvents.change(3, ChangeType.CREATED, TestEvents.raqqaStrikes()));
        assertThat(sequences(client)).containsExactly(2L, 3L);
    }

    @Test
    void cancellingTheClientUnsubscribesFromTheLiveFeed() {
        AssertSubscriber<StreamItem> client = stream.open(null, c -> true).subscribe().withSubscriber(AssertSubscriber.create(10));
        live.onNext(change(1));
        client.cancel();
        live.onNext(change(2));
        assertThat(sequences(client)).containsExactly(1L);
    }

    @Test
    void aClientThatStopsReadingIsDisconnected() {
        ChangeStream small = new ChangeStream(live, after -> Uni.createFrom().item(new ReplayResult(List.of(), false)), 3);
        AssertSubscriber<StreamItem> stalled = small.open(null, c -> true).subscribe().withSubscriber(AssertSubscriber.create(0));
        for (long i = 1; i <= 10; i++) {
            live.onNext(change(i));
        }
        stalled.assertFailedWith(io.smallrye.mutiny.subscription.BackPressureFailure.class);
    }
}
