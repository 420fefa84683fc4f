package org.saytara.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attached conjunctions, prepositions, the article and pronouns, expanded from a lexicon entry. */
class CliticsTest {

    private static List<String> forms(String word, Clitics.Form form) {
        return Clitics.expand(ArabicNormalizer.normalizeTerm(word), form).stream().map(Clitics.Surface::text).toList();
    }

    private static String n(String s) {
        return ArabicNormalizer.normalizeTerm(s);
    }

    @Test
    void aNameTakesAConjunction() {
        assertTrue(forms("تدمر", Clitics.Form.NAME).contains(n("وتدمر")));
        assertTrue(forms("تدمر", Clitics.Form.NAME).contains(n("فتدمر")));
    }

    @Test
    void aNameWithTheArticleTakesLamAsLil() {
        assertTrue(forms("القريتين", Clitics.Form.NAME).contains(n("للقريتين")));
        assertTrue(forms("القريتين", Clitics.Form.NAME).contains(n("وللقريتين")));
        assertFalse(forms("القريتين", Clitics.Form.NAME).contains(n("لالقريتين")));
    }

    @Test
    void aNounTakesConjunctionPrepositionAndArticleTogether() {
        assertTrue(forms("مدينة", Clitics.Form.NOUN).contains(n("وبالمدينة")));
        assertTrue(forms("مدينة", Clitics.Form.NOUN).contains(n("بالمدينة")));
    }

    @Test
    void aMasdarTakesAPossessivePronounOnItsConstructForm() {
        assertTrue(forms("سيطرة", Clitics.Form.NOUN).contains(n("وسيطرتها")));
        assertTrue(forms("سيطرة", Clitics.Form.NOUN).contains(n("سيطرته")));
    }

    @Test
    void aVerbTakesConjunctionAndObjectPronoun() {
        assertTrue(forms("يدخل", Clitics.Form.VERB).contains(n("ليدخلها")));
        assertTrue(forms("استعاد", Clitics.Form.VERB).contains(n("واستعادها")));
    }

    @Test
    void aParticleTakesOnlyAConjunction() {
        assertTrue(forms("لم", Clitics.Form.WORD).contains(n("ولم")));
        assertFalse(forms("لم", Clitics.Form.WORD).contains(n("بلم")));
    }

    @Test
    void thePronounAndPrefixAreReported() {
        Clitics.Surface s = Clitics.expand(n("سيطرة"), Clitics.Form.NOUN).stream()
                .filter(x -> x.text().equals(n("وسيطرتها"))).findFirst().orElseThrow();
        assertTrue(s.proclitic());
        assertTrue("ها".equals(s.pronoun()));
    }
}
