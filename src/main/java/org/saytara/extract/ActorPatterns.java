package org.saytara.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicNormalizer;
import org.saytara.text.Clitics;
import org.saytara.text.PhraseIndex;

/**
 * Actors the registry does not list by name, found by their form (the words come from the
 * profile's {@code actor-rules.tsv} and the nationality adjectives of {@code actors.tsv}):
 * <ul>
 *   <li><b>Nationality binds a force word.</b> A force word (جيش, قوات, جنود …) followed by a
 *       nationality adjective, directly or after one more word (الجيش التركي, قوات الاحتلال التركي,
 *       القوات الخاصة الروسية), is that nation's actor, whatever the force word alone would mean
 *       (الجيش alone is the Syrian army).</li>
 *   <li><b>Named factions.</b> A faction word without the article (فرقة, لواء, فيلق, جيش, كتائب …)
 *       followed by a name is an armed faction: a definite word (فرقة الحمزة) or a construct of two
 *       (لواء صقور الشمال). Its id is its name as written; its side is decided from the text by
 *       {@link Allegiance}. Longer names (فرقة السلطان مراد) are the registry's to list.</li>
 * </ul>
 */
final class ActorPatterns {
    private final PhraseIndex<Boolean> forceHeads;
    /** Payload: true for a weak head (حركة, تجمع), which names a faction only with a side in the text. */
    private final PhraseIndex<Boolean> factionHeads;
    private final Map<String, Lexicon.Actor> nationalities = new HashMap<>();
    private final Set<String> affiliation = new HashSet<>();
    private final Set<String> links = new HashSet<>();
    private final Set<String> groupHeads = new HashSet<>();
    private final Set<String> starters = new HashSet<>();
    private final Words words;

    ActorPatterns(Profile profile, Words words) {
        this.words = words;
        Profile.ActorRules rules = profile.rules();
        PhraseIndex.Builder<Boolean> force = PhraseIndex.builder();
        for (String w : rules.forceHeads()) force.add(w, Boolean.TRUE, Clitics.Form.NAME);
        this.forceHeads = force.build();
        PhraseIndex.Builder<Boolean> faction = PhraseIndex.builder();
        for (String w : rules.factionHeads()) faction.add(w, Boolean.FALSE, Clitics.Form.NAME);
        for (String w : rules.weakFactionHeads()) faction.add(w, Boolean.TRUE, Clitics.Form.NAME);
        this.factionHeads = faction.build();
        for (Actor a : profile.actors().all()) {
            for (Actor.Form f : a.forms()) {
                if (f.kind().equals(Actor.Kinds.NATIONALITY)) {
                    nationalities.put(ArabicNormalizer.normalizeTerm(f.text()), new Lexicon.Actor(a.id(), a.side(), Actor.Kinds.FORCE));
                }
            }
        }
        for (String w : rules.affiliation()) affiliation.add(ArabicNormalizer.normalizeTerm(w));
        for (String w : rules.affiliationLinks()) links.add(ArabicNormalizer.normalizeTerm(w));
        for (String w : rules.groupHeads()) groupHeads.add(ArabicNormalizer.normalizeTerm(w));
        for (String w : rules.forceHeads()) groupHeads.add(ArabicNormalizer.normalizeTerm(w));
        if (!nationalities.isEmpty()) starters.addAll(forceHeads.firstWords());
        starters.addAll(factionHeads.firstWords());
    }

    /** Every word a pattern can start with, so the labeller looks only where one may begin. */
    Set<String> starters() {
        return starters;
    }

    /** The nation's actor for a nationality adjective (التركية), or null. */
    Lexicon.Actor nationality(String normalisedWord) {
        return nationalities.get(normalisedWord);
    }

    boolean isAffiliation(String normalisedWord) {
        return affiliation.contains(Words.stripConj(normalisedWord)) || affiliation.contains(normalisedWord);
    }

    /** A general word for forces or armed groups (قوات, فصائل, مقاتلين), with or without و. */
    boolean isGroupHead(String normalisedWord) {
        return groupHeads.contains(Words.stripConj(normalisedWord)) || groupHeads.contains(normalisedWord);
    }

    boolean isLink(String normalisedWord) {
        return links.contains(normalisedWord);
    }

    /** "الجيش التركي", "قوات الاحتلال التركي" at token i, or null. */
    PhraseIndex.Match<Lexicon.Actor> nationalityAt(AnalyzedText t, int i) {
        if (nationalities.isEmpty()) return null;
        PhraseIndex.Match<Boolean> head = forceHeads.longestAt(t, i);
        if (head == null) return null;
        for (int j = head.end(); j < Math.min(t.size(), head.end() + 2); j++) {
            if (!t.token(j).sepBefore().insidePhrase()) return null;
            String w = t.token(j).text();
            Lexicon.Actor nation = nationalities.get(w);
            if (nation != null) return new PhraseIndex.Match<>(i, j + 1, nation, head.surface());
            if (w.startsWith(Clitics.WA)) return null; // "القوات السورية والروسية": a second noun phrase
        }
        return null;
    }

    /**
     * A named faction at token i: a faction word without the article and a name after it, or null.
     *
     * @param taken  true for a token that is something else (a trigger, marker, source or actor
     *               word): a name never runs into one
     * @param second true for a token that may not be a name's second word (a place, a cue such as
     *               غرب or قرية)
     */
    PhraseIndex.Match<Lexicon.Actor> factionAt(AnalyzedText t, int i, IntPredicate taken, IntPredicate second) {
        PhraseIndex.Match<Boolean> head = factionHeads.longestAt(t, i);
        if (head == null || head.surface().article()) return null;
        int k = head.end();
        if (!nameWord(t, k) || taken.test(k)) return null;
        String first = t.token(k).text();
        int end;
        if (first.startsWith(Clitics.AL)) {
            end = k + 1; // فرقة الحمزة
        } else {
            // لواء صقور الشمال: a construct of two. An undefined word alone is no name (جبهة جديدة),
            // nor is a present-tense verb (جيش يقتل المدنيين).
            boolean next = nameWord(t, k + 1) && !taken.test(k + 1) && !second.test(k + 1)
                    && t.token(k + 1).text().startsWith(Clitics.AL);
            if (!next || first.startsWith(Clitics.YA)) return null;
            end = k + 2;
        }
        String kind = head.payload() ? Lexicon.Actor.UNLISTED_WEAK : Lexicon.Actor.UNLISTED;
        return new PhraseIndex.Match<>(i, end, new Lexicon.Actor(nameAsWritten(t, i, end, head.surface().prefix()), null, kind),
                head.surface());
    }

    /**
     * A word that can be part of a faction's name: inside the phrase, letters, no function word,
     * and no preposition or conjunction before an article (للقوات, بالمدينة: a phrase of its own).
     */
    private boolean nameWord(AnalyzedText t, int k) {
        if (k >= t.size() || !t.token(k).sepBefore().insidePhrase()) return false;
        String w = t.token(k).text();
        if (w.length() < 2 || Character.isDigit(w.charAt(0))) return false;
        if (w.startsWith(Clitics.LI + Clitics.LI) || w.length() > 3 && Clitics.PROCLITIC_LETTERS.indexOf(w.charAt(0)) >= 0
                && w.startsWith(Clitics.AL, 1)) {
            return false;
        }
        String bare = Words.stripConj(w);
        return !words.is(Words.WordSet.PREPOSITION, w) && !words.is(Words.WordSet.RELATIVE, bare)
                && !words.is(Words.WordSet.ADVERB, bare);
    }

    /** The phrase as the article writes it, without the conjunction or preposition on its first word. */
    private static String nameAsWritten(AnalyzedText t, int start, int end, String prefix) {
        int[] range = t.originalRange(start, end);
        String s = t.original().substring(range[0], range[1]);
        int cut = 0;
        for (int n = 0; n < prefix.length() && cut < s.length(); cut++) {
            if (Character.isLetter(s.charAt(cut))) n++;
        }
        while (cut < s.length() && Character.getType(s.charAt(cut)) == Character.NON_SPACING_MARK) cut++;
        return s.substring(cut).strip().replaceAll("\\s+", " ");
    }
}
