package org.saytara.extract;

import java.util.ArrayList;
import java.util.List;
import org.saytara.corpus.Article;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicText;
import org.saytara.text.Sentence;

/** Everything known about one article while it is read. */
final class Reading {
    final Article article;
    final AnalyzedText text;
    final int n;
    final Label[] label;
    final int[] itemAt;
    final List<PlaceItem> places = new ArrayList<>();
    final List<TriggerHit> triggers = new ArrayList<>();
    final List<ActorHit> actors = new ArrayList<>();
    final List<SourceHit> sources = new ArrayList<>();
    final List<MarkerHit> markers = new ArrayList<>();
    final boolean[] descriptorTok;
    final boolean[] zoneStart;
    final String[] cuePrefix;
    final List<List<DateMention>> dates = new ArrayList<>();
    final String outletVoice;
    /** The function words the rules look for. */
    final Words words;
    final DateFinder dateFinder;
    /** The profile's actor patterns (nationality adjectives, force and faction words). */
    final ActorPatterns patterns;

    Reading(Article article, String outletVoice, Lexicon lex) {
        this.article = article;
        this.words = lex.words;
        this.dateFinder = lex.dates;
        this.patterns = lex.patterns;
        this.text = ArabicText.analyze(article.text());
        this.n = text.size();
        this.label = new Label[n];
        this.itemAt = new int[n];
        this.descriptorTok = new boolean[n];
        this.zoneStart = new boolean[n];
        this.cuePrefix = new String[n];
        java.util.Arrays.fill(label, Label.NONE);
        this.outletVoice = outletVoice;
    }

    /** The date expression of sentence s that covers token k, if any. */
    DateMention dateAt(Sentence s, int k) {
        if (dates.size() <= s.index()) return null;
        for (DateMention d : dates.get(s.index())) if (d.startToken() <= k && k < d.endToken()) return d;
        return null;
    }

    /** Whether a trigger stands in tokens [from, to). */
    boolean triggerBetween(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, n); k++) if (label[k] == Label.TRIGGER) return true;
        return false;
    }

    /** Whether a word of the set (after a leading و or ف) stands in tokens [from, to). */
    boolean wordBetween(Words.WordSet set, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, n); k++) {
            if (words.is(set, Words.stripConj(text.token(k).text()))) return true;
        }
        return false;
    }

    /** Whether a marker of the given kind stands in tokens [from, to). */
    boolean crossesMarker(int from, int to, Lexicon.Marker marker) {
        for (int k = Math.max(0, from); k < Math.min(to, n); k++) {
            if (label[k] == Label.MARKER && markers.get(itemAt[k]).marker() == marker) return true;
        }
        return false;
    }
}
