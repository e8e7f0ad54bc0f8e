package io.eventline.timeline.service;

import io.eventline.contracts.ChangeType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PendingChangesTest {

    @Test
    void createdThenUpdatedIsAnnouncedOnceAsCreated() {
        PendingChanges p = new PendingChanges();
        p.created("ev_a");
        p.updated("ev_a");
        assertThat(p.entries()).containsExactly(new PendingChanges.Entry("ev_a", ChangeType.CREATED, List.of()));
    }

    @Test
    void mergeListsAbsorbedIdsTransitivelyButNotIdsBornInTheSameTransaction() {
        PendingChanges p = new PendingChanges();
        p.updated("ev_b");
        p.merged("ev_b", "ev_c");
        p.merged("ev_a", "ev_b");
        p.created("ev_tmp");
        p.merged("ev_a", "ev_tmp");
        assertThat(p.entries()).containsExactly(
                new PendingChanges.Entry("ev_a", ChangeType.MERGED, List.of("ev_b", "ev_c")));
        assertThat(p.mergedCount()).isEqualTo(1);
    }

    @Test
    void removedEventsAreNotAnnounced() {
        PendingChanges p = new PendingChanges();
        p.updated("ev_x");
        p.removed("ev_x");
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.entries()).isEmpty();
    }
}
