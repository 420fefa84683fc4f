package org.saytara.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerNamesTest {

    @Test
    void layerNamesAreCheckedAndPutInOneOrder() {
        assertEquals(List.of("places", "areas", "fronts", "changes"), List.copyOf(LayerRoutes.layerNames(null)));
        assertEquals(List.of("places", "areas"), List.copyOf(LayerRoutes.layerNames("areas,places")));
        assertEquals(Set.of("changes"), LayerRoutes.layerNames("changes"));
        assertEquals(400, assertThrows(ApiException.class, () -> LayerRoutes.layerNames("roads")).status());
        assertThrows(ApiException.class, () -> LayerRoutes.layerNames("places,"));
    }
}
