package org.saytara.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicText;
import org.saytara.text.PhraseIndex;
import org.saytara.text.Sentence;

/** Who reports an event: the sources named around it and the article's own outlet. */
final class Voices {
    private final Lexicon lex;

    Voices(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The voices that report this statement: sources named in its sentence before the trigger (the
     * speaker), between the trigger and the place, or right after the place behind بحسب; and the
     * article's own outlet. Whether that makes a claim is decided once the gainer is known.
     */
    List<RawEvent.Voice> voices(Reading r, TriggerHit t, PlaceItem p, Sentence s) {
        List<RawEvent.Voice> out = new ArrayList<>(2);
        for (SourceHit h : r.sources) {
            if (!s.contains(h.start())) continue;
            boolean before = h.start() < t.start();
            boolean between = h.start() >= t.end() && h.start() < p.start;
            boolean justAfter = h.start() >= p.end && h.start() - p.end <= 4 && attributionBetween(r, p.end, h.start());
            if (before || between || justAfter) out.add(new RawEvent.Voice(h.voice(), sourceText(r, h)));
        }
        if (r.outletVoice != null) out.add(new RawEvent.Voice(r.outletVoice, r.article.outlet()));
        return out;
    }

    private final Map<String, java.util.Optional<String>> outletVoices = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whose voice an outlet is, when the sources lexicon knows its name. */
    String voiceOf(String outlet) {
        if (outlet == null || outlet.isBlank()) return null;
        return outletVoices.computeIfAbsent(outlet, o -> java.util.Optional.ofNullable(lookUpVoice(o))).orElse(null);
    }

    private String lookUpVoice(String outlet) {
        AnalyzedText t = ArabicText.analyze(outlet);
        for (int i = 0; i < t.size(); i++) {
            PhraseIndex.Match<Lexicon.Source> m = lex.sources.longestAt(t, i);
            if (m != null) return m.payload().voice();
        }
        return null;
    }

    private boolean attributionBetween(Reading r, int from, int to) {
        return r.crossesMarker(from, to, Lexicon.Marker.ATTRIBUTION);
    }

    private String sourceText(Reading r, SourceHit h) {
        int[] range = r.text.originalRange(h.start(), h.end());
        return r.text.original().substring(range[0], range[1]);
    }
}
