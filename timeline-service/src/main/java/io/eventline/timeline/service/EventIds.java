package io.eventline.timeline.service;

import java.security.SecureRandom;

/** Event ids: "ev_" + 20 Crockford base32 characters, 10 of milliseconds (roughly time-ordered) and 10 random. */
public final class EventIds {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private EventIds() {
    }

    public static String next() {
        char[] out = new char[20];
        long time = System.currentTimeMillis();
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        for (int i = 10; i < 20; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(32)];
        }
        return "ev_" + new String(out);
    }
}
