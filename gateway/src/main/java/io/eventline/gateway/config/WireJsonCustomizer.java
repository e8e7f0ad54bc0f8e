package io.eventline.gateway.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventline.contracts.Json;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Makes the server, the REST clients and the Kafka decoding all use the wire JSON settings of the contracts. */
@Singleton
public class WireJsonCustomizer implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        Json.configure(mapper);
    }
}
