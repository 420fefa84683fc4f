package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void readsIsoDates() {
        assertEquals(LocalDate.of(2016, 12, 12), Params.date("date", "2016-12-12"));
        assertEquals(LocalDate.of(2016, 2, 29), Params.date("date", "2016-02-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-13-45", "2016-02-30", "2015-02-29", "../../etc/passwd", "2016-1-1", "20161212",
            "+2016-12-12", "2016-12-12T00:00", " 2016-12-12", ""})
    void refusesAnythingElseNamingTheParameter(String value) {
        ApiException e = assertThrows(ApiException.class, () -> Params.date("from", value));
        assertEquals(400, e.status());
        assertEquals(true, e.getMessage().contains("'from'"), e.getMessage());
        assertFalse(!value.isEmpty() && e.getMessage().contains(value), "echoes the value: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tadmur", "gn:163808", "000_7c178ebcb6b4351f", "2016-12-11-3fa9c02b17de"})
    void acceptsIds(String id) {
        assertEquals(id, Params.id("id", id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..", "a/b", "a\\b", "..%2f", "x..y", ".hidden", "a b", "<script>"})
    void refusesIdsThatCouldBePaths(String id) {
        assertEquals(400, assertThrows(ApiException.class, () -> Params.id("id", id)).status());
    }
}
