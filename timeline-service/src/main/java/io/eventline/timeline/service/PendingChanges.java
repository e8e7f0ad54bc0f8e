package io.eventline.timeline.service;

import io.eventline.contracts.ChangeType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The changes of one processing transaction, folded per event across merge passes (an event created and then
 * updated in the same transaction is announced once, as created). Written to the outbox at the end.
 */
public final class PendingChanges {
    private final Map<String, Set<String>> mergedInto = new LinkedHashMap<>();
    private final Set<String> created = new HashSet<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private final Set<String> removed = new HashSet<>();

    public void created(String eventId) {
        created.add(eventId);
        touched.add(eventId);
    }

    public void updated(String eventId) {
        touched.add(eventId);
    }

    public void merged(String survivor, String absorbed) {
        touched.add(survivor);
        removed.add(absorbed);
        touched.remove(absorbed);
        Set<String> into = mergedInto.computeIfAbsent(survivor, k -> new LinkedHashSet<>());
        into.add(absorbed);
        Set<String> transitive = mergedInto.remove(absorbed);
        if (transitive != null) {
            into.addAll(transitive);
        }
    }

    /** An event that disappeared without a survivor (its only article was re-extracted differently). */
    public void removed(String eventId) {
        removed.add(eventId);
        touched.remove(eventId);
    }

    public boolean isEmpty() {
        return touched.isEmpty();
    }

    /** Events to announce, in the order they were first touched. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (String id : touched) {
            if (removed.contains(id)) {
                continue;
            }
            // ids born and absorbed inside this transaction were never announced: nobody needs to forget them
            List<String> absorbed = mergedInto.getOrDefault(id, Set.of()).stream()
                    .filter(a -> !created.contains(a)).toList();
            ChangeType type = !absorbed.isEmpty() ? ChangeType.MERGED
                    : created.contains(id) ? ChangeType.CREATED : ChangeType.UPDATED;
            out.add(new Entry(id, type, absorbed));
        }
        return out;
    }

    public int createdCount() {
        return (int) entries().stream().filter(e -> e.type() == ChangeType.CREATED).count();
    }

    public int mergedCount() {
        return (int) entries().stream().filter(e -> e.type() == ChangeType.MERGED).count();
    }

    public record Entry(String eventId, ChangeType type, List<String> mergedEventIds) {
    }
}
