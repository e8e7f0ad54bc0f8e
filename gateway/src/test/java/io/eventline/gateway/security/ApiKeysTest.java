package io.eventline.gateway.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeysTest {
    private final ApiKeys keys = new ApiKeys(List.of("dev-key", " other ", ""));

    @Test
    void headerThenBearerToken() {
        assertThat(ApiKeys.presented("k1", "Bearer k2")).isEqualTo("k1");
        assertThat(ApiKeys.presented(null, "bearer  k2 ")).isEqualTo("k2");
        assertThat(ApiKeys.presented(" ", "Basic abc")).isNull();
        assertThat(ApiKeys.presented(null, "Bearer ")).isNull();
    }

    @Test
    void verdicts() {
        assertThat(keys.check("dev-key")).isEqualTo(ApiKeys.Verdict.ACCEPTED);
        assertThat(keys.check("other")).isEqualTo(ApiKeys.Verdict.ACCEPTED);
        assertThat(keys.check("dev-ke")).isEqualTo(ApiKeys.Verdict.UNKNOWN);
        assertThat(keys.check("")).isEqualTo(ApiKeys.Verdict.MISSING);
        assertThat(keys.check(null)).isEqualTo(ApiKeys.Verdict.MISSING);
        assertThat(new ApiKeys(List.of()).check("dev-key")).isEqualTo(ApiKeys.Verdict.UNKNOWN);
    }
}
