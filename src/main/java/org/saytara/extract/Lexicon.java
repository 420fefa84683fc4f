package org.saytara.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;

/**
 * The extraction lexicons, read from the TSV files beside this class: who fights
 * ({@code actors.tsv}), what words change control ({@code triggers.tsv}), what words undo or
 * weaken them ({@code markers.tsv}) and who reports ({@code sources.tsv}). Each file documents its
 * columns; a malformed line stops start-up with its file and line number.
 */
final class Lexicon {
    /** An actor name: {@code kind} org, force or anaphor (التنظيم points back to the last org). */
    record Actor(String id, Side side, String kind) {}

    /** A trigger word and how it takes its place and actors. */
    record Trigger(EventKind kind, boolean verb, Set<String> args) {
        boolean takes(String relation) {
            return args.contains(relation);
        }

        boolean has(String role) {
            return args.contains(role);
        }
    }

    enum Marker { NEGATION, DENIAL, ATTEMPT, MAYBE, STILL, DURING, INTENTION, RUMOUR, AIR, CONTRAST, TEMPORAL, SPEECH, ATTRIBUTION }

    /** A reporting voice: a side's own media, or {@code independent}. */
    record Source(String voice) {}

    final PhraseIndex<Actor> actors;
    final PhraseIndex<Trigger> triggers;
    final PhraseIndex<Marker> markers;
    final PhraseIndex<Source> sources;

    private Lexicon(PhraseIndex<Actor> actors, PhraseIndex<Trigger> triggers, PhraseIndex<Marker> markers,
                    PhraseIndex<Source> sources) {
        this.actors = actors;
        this.triggers = triggers;
        this.markers = markers;
        this.sources = sources;
    }

    static Lexicon standard() {
        PhraseIndex.Builder<Actor> actors = PhraseIndex.builder();
        read("actors.tsv", 4, f -> actors.add(f[3], new Actor(f[0], Side.fromCode(f[1]), f[2]), Clitics.Form.NOUN));
        PhraseIndex.Builder<Trigger> triggers = PhraseIndex.builder();
        java.util.Set<String> nounSurfaces = new java.util.HashSet<>();
        read("triggers.tsv", 4, f -> {
            if (!f[1].equals("N")) return;
            for (String form : f[3].split(",")) {
                for (Clitics.Surface sf : Clitics.expand(ArabicNormalizer.normalizeTerm(form), Clitics.Form.NOUN)) {
                    if (sf.pronoun() == null) nounSurfaces.add(sf.text());
                }
            }
        });
        read("triggers.tsv", 4, f -> {
            EventKind kind = EventKind.fromCode(f[0]);
            boolean verb = f[1].equals("V");
            if (!verb && !f[1].equals("N")) throw new IllegalArgumentException("pos must be V or N, not " + f[1]);
            Set<String> args = new java.util.HashSet<>();
            for (String a : f[2].split(",")) args.add(ArabicNormalizer.normalizeTerm(a));
            Trigger t = new Trigger(kind, verb, Set.copyOf(args));
            for (String form : f[3].split(",")) {
                if (!form.isBlank()) triggers.add(form, t, verb ? Clitics.Form.VERB : Clitics.Form.NOUN, verb ? nounSurfaces : java.util.Set.of());
            }
        });
        PhraseIndex.Builder<Marker> markers = PhraseIndex.builder();
        read("markers.tsv", 2, f -> {
            Marker m = Marker.valueOf(f[0].toUpperCase(Locale.ROOT));
            for (String w : f[1].split(",")) {
                if (!w.isBlank()) markers.add(w, m, m == Marker.SPEECH ? Clitics.Form.VERB : Clitics.Form.WORD);
            }
        });
        PhraseIndex.Builder<Source> sources = PhraseIndex.builder();
        read("sources.tsv", 2, f -> sources.add(f[1], new Source(f[0]), Clitics.Form.NOUN));
        return new Lexicon(actors.build(), triggers.build(), markers.build(), sources.build());
    }

    private static void read(String file, int columns, Consumer<String[]> line) {
        try (InputStream in = Lexicon.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing lexicon " + file);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String s;
            int n = 0;
            while ((s = r.readLine()) != null) {
                n++;
                if (s.isBlank() || s.startsWith("#")) continue;
                String[] f = s.split("\t");
                if (f.length < columns) {
                    throw new IllegalStateException(file + ":" + n + ": expected " + columns + " tab-separated columns");
                }
                try {
                    line.accept(f);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(file + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sideActorIds() {
        return new ArrayList<>(List.of("isis", "regime", "russia", "iran", "opposition", "sdf"));
    }
}
