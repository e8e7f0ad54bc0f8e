package io.eventline.gateway.export;

import io.eventline.contracts.EventSource;
import io.eventline.contracts.EventType;
import io.eventline.contracts.TimelineEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Human-readable pieces of an event shared by the export formats. */
final class EventLabels {
    private EventLabels() {
    }

    /** {@code TREATY_INVOCATION} → {@code Treaty invocation}. */
    static String typeLabel(EventType type) {
        if (type == null) {
            return "Event";
        }
        String words = type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    static List<EventSource> sources(TimelineEvent event) {
        return event.sources() == null ? List.of() : event.sources().stream().filter(s -> s != null).toList();
    }

    /** One line per distinct article: "Outlet — Title <url>". */
    static List<String> sourceLines(TimelineEvent event) {
        Set<String> lines = new LinkedHashSet<>();
        for (EventSource s : sources(event)) {
            List<String> parts = new ArrayList<>();
            if (s.source() != null && !s.source().isBlank()) {
                parts.add(s.source().trim());
            }
            if (s.title() != null && !s.title().isBlank()) {
                parts.add(s.title().trim());
            }
            String line = String.join(" — ", parts);
            if (s.url() != null && !s.url().isBlank()) {
                line = line.isEmpty() ? s.url().trim() : line + " <" + s.url().trim() + ">";
            }
            if (line.isEmpty() && s.articleId() != null) {
                line = "article " + s.articleId();
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return List.copyOf(lines);
    }

    static List<String> evidence(TimelineEvent event) {
        Set<String> sentences = new LinkedHashSet<>();
        for (EventSource s : sources(event)) {
            if (s.sentence() != null && !s.sentence().isBlank()) {
                sentences.add(s.sentence().trim());
            }
        }
        return List.copyOf(sentences);
    }
}
