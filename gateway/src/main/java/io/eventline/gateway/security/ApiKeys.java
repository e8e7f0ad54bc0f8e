package io.eventline.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/** The configured API keys and how a request presents one. */
public final class ApiKeys {
    public enum Verdict { ACCEPTED, MISSING, UNKNOWN }

    private final List<byte[]> keys;

    public ApiKeys(List<String> configured) {
        this.keys = configured == null ? List.of() : configured.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(k -> k.trim().getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    /** The key from {@code X-API-Key}, else from {@code Authorization: Bearer …}, else null. */
    public static String presented(String xApiKey, String authorization) {
        if (xApiKey != null && !xApiKey.isBlank()) {
            return xApiKey.trim();
        }
        if (authorization != null) {
            String a = authorization.trim();
            if (a.length() > 7 && a.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                String token = a.substring(7).trim();
                return token.isEmpty() ? null : token;
            }
        }
        return null;
    }

    public Verdict check(String presented) {
        if (presented == null || presented.isBlank()) {
            return Verdict.MISSING;
        }
        byte[] candidate = presented.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte[] key : keys) {
            // constant-time per key and no early exit, so timing does not reveal which prefix matched
            found |= MessageDigest.isEqual(key, candidate);
        }
        return found ? Verdict.ACCEPTED : Verdict.UNKNOWN;
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }
}
