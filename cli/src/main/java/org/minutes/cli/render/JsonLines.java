package org.minutes.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import org.minutes.pipeline.model.Json;

/** Writes one JSON object per line with the model's Jackson configuration. */
public final class JsonLines {

    private JsonLines() {
    }

    public static void write(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }
}
