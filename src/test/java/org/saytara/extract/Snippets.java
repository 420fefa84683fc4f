package org.saytara.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.saytara.corpus.Article;
import org.saytara.gazetteer.Gazetteer;

/** Runs the real extractor, with the project's gazetteer, on short hand-written articles. */
final class Snippets {
    private static Extractor extractor;
    private static Gazetteer gazetteer;

    private Snippets() {}

    static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) gazetteer = Gazetteer.load(Path.of("geodata"));
        return gazetteer;
    }

    static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.create(gazetteer(), SyriaSides.SYRIA);
        return extractor;
    }

    static List<Event> extract(String published, String outlet, String text) {
        LocalDate pub = published == null ? null : LocalDate.parse(published);
        return extractor().extract(new Article("snippet", null, outlet, null, pub, "ar", text, "snippet.txt"));
    }

    static List<Event> extract(String published, String text) {
        return extract(published, "Test Wire", text);
    }

    /** The events about one gazetteer place. */
    static List<Event> at(List<Event> events, String placeId) {
        return events.stream().filter(e -> e.place().id().equals(placeId)).toList();
    }

    /** The one event about that place; fails when there is none or several. */
    static Event only(List<Event> events, String placeId) {
        List<Event> found = at(events, placeId);
        if (found.size() != 1) throw new AssertionError("expected one event at " + placeId + ", got " + events);
        return found.get(0);
    }
}
