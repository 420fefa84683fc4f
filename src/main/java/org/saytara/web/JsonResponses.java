package org.saytara.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.util.Map;
import org.saytara.json.Json;

/** JSON bodies in the project's one dialect ({@link Json#mapper()}). */
final class JsonResponses {
    static final String JSON = "application/json";

    private JsonResponses() {}

    static byte[] bytes(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable: " + value.getClass().getSimpleName(), e);
        }
    }

    static void send(Context ctx, int status, Object value) {
        ctx.status(status).contentType(JSON).result(bytes(value));
    }

    static void error(Context ctx, int status, String message) {
        send(ctx, status, Map.of("error", message));
    }
}
