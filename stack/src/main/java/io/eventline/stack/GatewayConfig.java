package io.eventline.stack;

/** The gateway's configuration keys the stack sets, as environment variables (MicroProfile Config naming). */
final class GatewayConfig {
    static final String INGEST_URL_ENV = "EVENTLINE_INGEST_URL";
    static final String TIMELINE_URL_ENV = "EVENTLINE_TIMELINE_URL";
    static final String API_KEYS_ENV = "EVENTLINE_API_KEYS";

    private GatewayConfig() {
    }
}
