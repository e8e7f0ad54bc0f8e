package io.eventline.timeline.repository;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Position after the last event of a timeline page, in timeline order ({@code date ASC NULLS LAST, id ASC}).
 * Keyset rather than offset so that a page boundary stays put while new events are inserted before or after it.
 * Encoded as opaque URL-safe base64 of {@code "yyyy-mm-dd|id"} (empty date for undated events).
 *
 * @param date the last event's date, null when it was undated
 * @param id   the last event's id (ties on date are broken by id)
 */
public record TimelineCursor(LocalDate date, String id) {

    private static final String VERSION = "t1";

    public TimelineCursor {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("cursor without id");
        }
    }

    public String encode() {
        String raw = VERSION + "|" + (date == null ? "" : date.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code encoded} is not a cursor this class produced */
    public static TimelineCursor decode(String encoded) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a timeline cursor");
        }
        String[] parts = raw.split("\\|", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
            throw new IllegalArgumentException("not a timeline cursor");
        }
        try {
            return new TimelineCursor(parts[1].isEmpty() ? null : LocalDate.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timeline cursor");
        }
    }
}
