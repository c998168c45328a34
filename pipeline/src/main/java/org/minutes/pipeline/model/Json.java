package org.minutes.pipeline.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for the model: used for the archive's records and for {@code --json} output. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // archives written by newer versions still read
            .build();

    private Json() {
    }

    /** A shared, thread-safe mapper. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
