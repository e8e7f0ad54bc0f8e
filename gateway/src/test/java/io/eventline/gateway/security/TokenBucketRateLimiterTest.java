package io.eventline.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketRateLimiterTest {
    private final AtomicLong now = new AtomicLong(0);
    private final TokenBucketRateLimiter limiter = new TokenBucketRateLimiter(6, now::get); // one token per 10 s

    @Test
    void aFullBucketAllowsABurstThenRefillsAtTheRate() {
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        }
        TokenBucketRateLimiter.Decision refused = limiter.tryAcquire("k");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);

        now.addAndGet(4_000_000_000L);
        assertThat(limiter.tryAcquire("k").retryAfterSeconds()).isEqualTo(6);
        now.addAndGet(6_000_000_000L);
        assertThat(limiter.tryAcquire("k").allowed()).isTrue();
        assertThat(limiter.tryAcquire("k").allowed()).isFalse();
    }

    @Test
    void bucketsArePerKeyAndNeverExceedTheirCapacity() {
        for (int i = 0; i < 6; i++) {
            limiter.tryAcquire("a");
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        now.addAndGet(3_600_000_000_000L); // an hour idle refills only up to the capacity
        int allowed = 0;
        while (limiter.tryAcquire("a").allowed()) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(6);
    }
}
