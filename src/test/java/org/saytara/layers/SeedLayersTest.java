package org.saytara.layers;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saytara.corpus.Corpus;
import org.saytara.extract.Event;
import org.saytara.extract.Extractor;
import org.saytara.gazetteer.Gazetteer;
import org.saytara.geojson.GeoJsonValidator;
import org.saytara.timeline.Timeline;

/** The seed corpus through the real extractor: every frame valid, and GDAL reads 2016-12-12. */
class SeedLayersTest {
    @TempDir
    Path out;

    @Test
    void seedLayersAreValidAndGdalReadsThem() throws Exception {
        Gazetteer gazetteer = Gazetteer.load(Path.of("geodata"));
        List<Event> events = Extractor.create(gazetteer, SyriaSides.SYRIA).extract(Corpus.load(Path.of("corpus")));
        Layers layers = Layers.of(Timeline.build(events, gazetteer, SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA);
        assertFalse(layers.frames().isEmpty());
        for (LocalDate f : layers.frames()) GeoJsonValidator.assertValid(layers.collection(f, Set.of()));
        String dec12 = layers.collection(LocalDate.of(2016, 12, 12), Set.of());
        assertTrue(dec12.contains("\"id\":\"tadmur\""));
        Path file = out.resolve("layers-2016-12-12.geojson");
        Files.writeString(file, dec12);
        String report = LayerFilesTest.ogrinfo(file);
        assertFalse(report.contains("ERROR"), report);
        Path timeline = out.resolve("timeline.geojson");
        Files.writeString(timeline, layers.timelineGeoJson());
        assertFalse(LayerFilesTest.ogrinfo(timeline).contains("ERROR"));
    }
}
