package org.saytara.layers;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.saytara.extract.Event;
import org.saytara.extract.Side;
import org.saytara.geo.GeoJson;
import org.saytara.geo.LonLat;
import org.saytara.timeline.Period;
import org.saytara.timeline.PlaceHistory;

/**
 * The history as KML 2.2 for Google Earth: a folder of control periods, each a placemark with a
 * {@code TimeSpan} (begin inclusive, end the last day held), styled by side, so Google Earth's time
 * slider plays who held what; and a folder of reports, each with the {@code TimeSpan} of its date
 * window and the Arabic sentence as its description. Text is written through an XML writer, so an
 * article can never break the file; and since Google Earth renders a description as HTML, article
 * text there is HTML-escaped first, so it shows as text and never runs.
 */
final class Kml {
    private static final String NS = "http://www.opengis.net/kml/2.2";
    /** The page's contested colour (style.css --side-contested): not a side, so not in the profile. */
    private static final String CONTESTED_COLOUR = "#cc79a7";

    private Kml() {}

    static String timeline(Layers layers) {
        StringWriter out = new StringWriter(64 * 1024);
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement("Document");
            text(x, "name", "Saytara: control of places by date");
            description(x, "Control periods and reports read from Arabic war reporting. Use the time slider.");
            for (Side side : layers.profile().sides().all()) style(x, side.code(), side.colour());
            style(x, "contested", CONTESTED_COLOUR);
            x.writeStartElement("Folder");
            text(x, "name", "Control periods");
            for (PlaceHistory h : layers.mappedPlaces()) {
                LonLat at = Layers.position(h.place());
                for (Period p : h.periods()) {
                    Side side = p.control().side();
                    String holder = side == null ? "contested" : side.code();
                    x.writeStartElement("Placemark");
                    text(x, "name", h.place().nameEn() != null ? h.place().nameEn() : h.place().nameAr());
                    description(x, h.place().nameAr() + " — " + label(side) + (p.claimed() ? " (claimed only)" : "")
                            + (p.outlets().isEmpty() ? "" : "; per " + String.join(", ", p.outlets())));
                    timeSpan(x, p.from(), p.to() == null ? null : p.to().minusDays(1));
                    text(x, "styleUrl", "#side-" + holder);
                    extended(x, Map.of("place_id", h.place().id(), "control", p.control().code(),
                            "event_ids", String.join(",", p.eventIds())));
                    point(x, at);
                    x.writeEndElement();
                }
            }
            x.writeEndElement();
            x.writeStartElement("Folder");
            text(x, "name", "Reports");
            for (Event e : layers.events()) {
                LonLat at = Layers.position(e.place());
                LocalDate from = e.dateMin() != null ? e.dateMin() : e.date(), to = e.dateMax() != null ? e.dateMax() : e.date();
                if (at == null || from == null) continue;
                x.writeStartElement("Placemark");
                text(x, "name", layers.english().summary(e));
                description(x, layers.arabic().summary(e) + "\n\n" + (e.evidence() == null ? "" : e.evidence()));
                timeSpan(x, from, to);
                String side = e.controllerAfter() != null ? e.controllerAfter().code() : "contested";
                text(x, "styleUrl", "#side-" + side);
                extended(x, Map.of("event_id", e.id(), "kind", e.kind().code(),
                        "article", e.article() == null ? "" : e.article()));
                point(x, at);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write KML", e);
        }
        return out.toString();
    }

    private static String label(Side side) {
        return side == null ? "contested" : side.labelEn();
    }

    /** KML colours are aabbggrr. */
    private static void style(XMLStreamWriter x, String side, String rgb) throws XMLStreamException {
        String c = rgb == null || rgb.length() != 7 ? "ff888888"
                : "ff" + rgb.substring(5, 7) + rgb.substring(3, 5) + rgb.substring(1, 3);
        x.writeStartElement("Style");
        x.writeAttribute("id", "side-" + side);
        x.writeStartElement("IconStyle");
        text(x, "color", c);
        text(x, "scale", "0.9");
        x.writeStartElement("Icon");
        text(x, "href", "http://maps.google.com/mapfiles/kml/shapes/placemark_circle.png");
        x.writeEndElement();
        x.writeEndElement();
        x.writeStartElement("LabelStyle");
        text(x, "scale", "0.8");
        x.writeEndElement();
        x.writeEndElement();
    }

    /** begin and end (both days inclusive, as KML's TimeSpan reads dates); null end = still current. */
    private static void timeSpan(XMLStreamWriter x, LocalDate begin, LocalDate end) throws XMLStreamException {
        x.writeStartElement("TimeSpan");
        text(x, "begin", begin.toString());
        if (end != null) text(x, "end", end.toString());
        x.writeEndElement();
    }

    private static void extended(XMLStreamWriter x, Map<String, String> data) throws XMLStreamException {
        x.writeStartElement("ExtendedData");
        for (Map.Entry<String, String> d : new java.util.TreeMap<>(data).entrySet()) {
            x.writeStartElement("Data");
            x.writeAttribute("name", d.getKey());
            text(x, "value", d.getValue());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void point(XMLStreamWriter x, LonLat at) throws XMLStreamException {
        x.writeStartElement("Point");
        text(x, "coordinates", GeoJson.fixed6Public(at.lon()) + "," + GeoJson.fixed6Public(at.lat()));
        x.writeEndElement();
    }

    /** A description as Google Earth reads it: HTML, so the text is escaped for HTML (and again by the XML writer). */
    private static void description(XMLStreamWriter x, String value) throws XMLStreamException {
        String v = value == null ? "" : value;
        StringBuilder sb = new StringBuilder(v.length() + 16);
        for (char c : v.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\n' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        text(x, "description", sb.toString());
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
