package org.saytara.layers;

import org.saytara.extract.SyriaSides;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saytara.extract.EventKind;
import org.saytara.timeline.Events;
import org.saytara.timeline.Timeline;

class EventsCsvTest {

    /** A strict RFC 4180 reader, to check what a spreadsheet would see. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) throw new AssertionError("last row not terminated by CRLF");
        return rows;
    }

    @Test
    void awkwardTextSurvivesQuotingAndFormulasAreDisarmed() {
        var tricky = Events.event("e1").captured("isis", "regime").on("2016-12-10").outlet("=HYPERLINK(\"http://x\")")
                .evidence("سيطر التنظيم، بحسب \"أعماق\"،\nعلى المدينة, كاملة").build();
        var attack = Events.event("e2").article("a2").outlet("@SANA").kind(EventKind.CONTESTED).gaining("isis")
                .after(SyriaSides.GOVERNMENT).on("2016-12-11").evidence("-1 ثم +2").build();
        var events = List.of(attack, tricky);
        String csv = Layers.of(Timeline.build(events, java.util.Map.of(), SyriaSides.SYRIA.actors()), events, SyriaSides.SYRIA).eventsCsv();
        List<List<String>> rows = parse(csv);
        assertEquals(3, rows.size());
        List<String> header = rows.get(0);
        assertEquals(EventsCsv.COLUMNS, header);
        for (List<String> r : rows) assertEquals(header.size(), r.size());
        List<String> first = rows.get(1);
        assertEquals("SYR1", first.get(header.indexOf("event_id_cnty")));
        assertEquals("e1", first.get(header.indexOf("event_id")), "sorted by date");
        assertEquals(List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "actor2", "iso", "country", "admin1", "admin2", "location", "latitude",
                "longitude", "geo_precision", "source", "notes"), header.subList(0, 19), "ACLED's columns first, in its order");
        assertEquals("سيطر التنظيم، بحسب \"أعماق\"،\nعلى المدينة, كاملة", first.get(header.indexOf("notes")));
        assertEquals("'=HYPERLINK(\"http://x\")", first.get(header.indexOf("source")));
        assertEquals("Islamic State (Syria)", first.get(header.indexOf("actor1")));
        assertEquals("Military Forces of Syria", first.get(header.indexOf("actor2")));
        assertEquals("Homs", first.get(header.indexOf("admin1")), "Tadmur lies in Homs governorate");
        assertEquals("Tadmur", first.get(header.indexOf("admin2")), "and in the district named after it");
        assertEquals("Syria", first.get(header.indexOf("country")));
        assertEquals("1", first.get(header.indexOf("geo_precision")));
        assertTrue(first.get(header.indexOf("summary_ar")).startsWith("سيطر تنظيم الدولة الإسلامية على تدمر على حساب القوات الحكومية السورية — بحسب"),
                first.get(header.indexOf("summary_ar")));
        assertEquals("Non-state actor overtakes territory", first.get(header.indexOf("sub_event_type")));
        assertEquals("1", first.get(header.indexOf("time_precision")));
        assertEquals("2016", first.get(header.indexOf("year")));
        assertEquals("34.5624", first.get(header.indexOf("latitude")));
        List<String> second = rows.get(2);
        assertEquals("'@SANA", second.get(header.indexOf("source")));
        assertEquals("'-1 ثم +2", second.get(header.indexOf("notes")));
        assertEquals("Armed clash", second.get(header.indexOf("sub_event_type")));
        assertTrue(second.get(header.indexOf("summary_en")).startsWith("Fighting at Tadmur (ISIS attacking); the government still holds it"));
    }

    @Test
    void cellsAreQuotedOnlyWhenNeeded() {
        assertEquals("plain", Csv.text("plain"));
        assertEquals("\"a,b\"", Csv.text("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
        assertEquals("\" padded\"", Csv.text(" padded"));
        assertEquals("'+1", Csv.text("+1"));
        assertEquals("", Csv.text(null));
    }
}
