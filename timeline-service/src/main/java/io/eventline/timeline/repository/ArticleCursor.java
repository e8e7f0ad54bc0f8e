package io.eventline.timeline.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Position after the last article of an article page, in {@code received_at DESC, id DESC} order. Opaque URL-safe
 * base64 of {@code "a1|<received instant>|id"}; the instant keeps microseconds so the keyset compares exactly.
 * {@code receivedAt} is null for an article without a receive time (those sort first, as in the index).
 */
public record ArticleCursor(Instant receivedAt, String id) {

    private static final String VERSION = "a1";

    public ArticleCursor {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("incomplete article cursor");
        }
    }

    public String encode() {
        String raw = VERSION + "|" + (receivedAt == null ? "" : receivedAt.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code encoded} is not a cursor this class produced */
    public static ArticleCursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("not an article cursor");
            }
            return new ArticleCursor(parts[1].isEmpty() ? null : Instant.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an article cursor");
        }
    }
}
