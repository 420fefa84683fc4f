package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/unlocated}: a posted report of a village no source has is kept, named, and off the map. */
class UnlocatedApiTest {
    @TempDir
    Path dir;

    @Test
    void anEventAtAPlaceNoSourceHasIsListedByNameAndKeptOffTheMap() throws Exception {
        try (TestServer t = TestServer.start(dir)) {
            assertEquals(0, TestServer.json(t.get("/api/unlocated")).path("count").asInt(), "the seeds name no unknown place");
            int eventsBefore = TestServer.json(t.get("/api/events")).path("count").asInt();

            var r = t.postJson(ServerWriteTest.article("سيطر تنظيم الدولة يوم الأحد على قرية زرقطلين بعد معارك مع قوات النظام."));
            assertEquals(201, r.statusCode(), r.body());

            JsonNode u = TestServer.json(t.get("/api/unlocated"));
            assertEquals(1, u.path("count").asInt(), u.toString());
            JsonNode name = u.path("names").get(0);
            assertEquals("زرقطلين", name.path("name").asText());
            assertEquals(1, name.path("events").asInt());
            JsonNode e = u.path("events").get(0);
            assertEquals("capture", e.path("kind").asText());
            assertEquals("isis", e.path("controller_after").asText());
            assertEquals("زرقطلين", e.path("name").asText());
            assertTrue(e.path("evidence").asText().contains("قرية زرقطلين"), e.toString());
            assertEquals(eventsBefore, TestServer.json(t.get("/api/events")).path("count").asInt(),
                    "an unlocated event is not among the map's events");
        }
    }
}
