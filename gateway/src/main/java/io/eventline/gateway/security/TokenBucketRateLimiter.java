package io.eventline.gateway.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per API key: {@code perMinute} tokens of capacity, refilled continuously at
 * {@code perMinute}/60 per second. Only accepted keys reach it, so the map is bounded by the configured keys.
 */
public final class TokenBucketRateLimiter {

    /** Whether the call may go on and, if not, after how many whole seconds a token will be there. */
    public record Decision(boolean allowed, long retryAfterSeconds, int remaining) {
    }

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBucketRateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("writes-per-minute must be positive, got " + perMinute);
        }
        this.capacity = perMinute;
        this.tokensPerNano = perMinute / 60e9;
        this.nanoClock = nanoClock;
    }

    public Decision tryAcquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoClock.getAsLong()));
        synchronized (bucket) {
            long now = nanoClock.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * tokensPerNano);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0, (int) Math.floor(bucket.tokens));
            }
            double nanosToNextToken = (1 - bucket.tokens) / tokensPerNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(nanosToNextToken / 1e9)), 0);
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
