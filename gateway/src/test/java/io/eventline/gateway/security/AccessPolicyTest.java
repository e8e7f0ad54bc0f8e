package io.eventline.gateway.security;

import io.eventline.contracts.api.ApiError;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class AccessPolicyTest {
    private final AtomicLong now = new AtomicLong();

    @Test
    void readsAreOpenByDefaultAndWritesNeedAKnownKey() {
        AccessPolicy policy = new AccessPolicy(List.of("k1"), false, 60, now::get);
        assertThat(policy.check("GET", null, null, null)).isNull();
        Response missing = policy.check("POST", null, null, "k1"); // a query key never authorises a write
        assertThat(missing.getStatus()).isEqualTo(401);
        assertThat(missing.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        assertThat(((ApiError) missing.getEntity()).error()).isEqualTo("missing_api_key");
        assertThat(policy.check("POST", "nope", null, null).getStatus()).isEqualTo(403);
        assertThat(policy.check("POST", null, "Bearer k1", null)).isNull();
    }

    @Test
    void readsCanRequireAKeyWhichEventSourceMayPassAsAQueryParameter() {
        AccessPolicy policy = new AccessPolicy(List.of("k1"), true, 60, now::get);
        assertThat(policy.check("GET", null, null, null).getStatus()).isEqualTo(401);
        assertThat(policy.check("GET", null, null, "bad").getStatus()).isEqualTo(403);
        assertThat(policy.check("GET", null, null, "k1")).isNull();
        assertThat(policy.check("GET", "k1", null, null)).isNull();
    }

    @Test
    void writesAreRateLimitedPerKeyButReadsAreNot() {
        AccessPolicy policy = new AccessPolicy(List.of("k1", "k2"), true, 2, now::get);
        assertThat(policy.check("POST", "k1", null, null)).isNull();
        assertThat(policy.check("POST", "k1", null, null)).isNull();
        Response limited = policy.check("POST", "k1", null, null);
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(((ApiError) limited.getEntity()).error()).isEqualTo("rate_limited");
        assertThat(policy.check("POST", "k2", null, null)).isNull();
        for (int i = 0; i < 10; i++) {
            assertThat(policy.check("GET", "k1", null, null)).isNull();
        }
    }
}
