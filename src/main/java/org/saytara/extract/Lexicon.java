package org.saytara.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;

/**
 * The extraction lexicons: what words change control ({@code triggers.tsv}) and what words undo or
 * weaken them ({@code markers.tsv}), read from the TSV files beside this class; who fights and who
 * reports, from the {@link Profile} (its actor registry, sources and actor rules). Each file
 * documents its columns; a malformed line stops start-up with its file and line number.
 */
final class Lexicon {
    /**
     * An actor as the text names it: its registry id (or, for a faction the registry does not list,
     * its name as written), its side (null when it has none or the text does not say) and the kind
     * of the form that named it ({@code org}, {@code force}, {@code group} … of {@code actors.tsv};
     * {@code unlisted} and {@code unlisted-weak} for a faction found by its form; {@code inferred}).
     */
    record Actor(String id, Side side, String kind) {
        static final String UNLISTED = "unlisted", UNLISTED_WEAK = "unlisted-weak", INFERRED = "inferred";

        boolean isGroup() {
            return kind.equals(org.saytara.extract.Actor.Kinds.GROUP);
        }

        boolean isUnlisted() {
            return kind.equals(UNLISTED) || kind.equals(UNLISTED_WEAK);
        }

        Actor withSide(Side s) {
            return new Actor(id, s, kind);
        }
    }

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

    final Profile profile;
    final PhraseIndex<Actor> actors;
    final PhraseIndex<Trigger> triggers;
    final PhraseIndex<Marker> markers;
    final PhraseIndex<Source> sources;
    final ActorPatterns patterns;

    private Lexicon(Profile profile, PhraseIndex<Actor> actors, PhraseIndex<Trigger> triggers, PhraseIndex<Marker> markers,
                    PhraseIndex<Source> sources) {
        this.profile = profile;
        this.actors = actors;
        this.triggers = triggers;
        this.markers = markers;
        this.sources = sources;
        this.patterns = new ActorPatterns(profile);
    }

    /** The lexicons with the actors and sources of a profile. */
    static Lexicon of(Profile profile) {
        PhraseIndex.Builder<Actor> actors = PhraseIndex.builder();
        for (org.saytara.extract.Actor a : profile.actors().all()) {
            for (org.saytara.extract.Actor.Form f : a.forms()) {
                if (f.kind().equals(org.saytara.extract.Actor.Kinds.NATIONALITY)) continue; // binds a force word, no name alone
                actors.add(f.text(), new Actor(a.id(), a.side(), f.kind()), Clitics.Form.NOUN);
            }
        }
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
        for (Profile.Source src : profile.sources()) sources.add(src.name(), new Source(src.voice()), Clitics.Form.NOUN);
        return new Lexicon(profile, actors.build(), triggers.build(), markers.build(), sources.build());
    }

    /** The actor that stands for a side no actor is named for (see {@link Actors#representative}). */
    Actor representative(Side side) {
        return new Actor(profile.actors().representative(side).id(), side, Actor.INFERRED);
    }

    /** Who a group word becomes once the text ties it to this backer (see {@link Actors#groupActorFor}). */
    Actor groupActorFor(Actor backer) {
        org.saytara.extract.Actor known = profile.actors().byId(backer.id()).orElse(null);
        if (known == null || known.side() == null) return representative(backer.side());
        org.saytara.extract.Actor g = profile.actors().groupActorFor(known);
        return new Actor(g.id(), g.side(), org.saytara.extract.Actor.Kinds.GROUP);
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
}
