package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.saytara.extract.Snippets.at;
import static org.saytara.extract.Snippets.extract;
import static org.saytara.extract.Snippets.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Negation, denial, rumour and intention cancel a capture; an attempt or a repelled attack is a fight at most. */
class QualifiersTest {

    /** No event that hands the place to anyone: nothing, or a fight. */
    private static void noChangeOfControl(String sentence, String place) {
        for (Event e : at(extract("2016-03-05", sentence), place)) {
            assertEquals(EventKind.CONTESTED, e.kind(), () -> sentence + " gave " + e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "لم يتمكن التنظيم من السيطرة على بلدة مهين.",
        "ولم تتمكن قوات الأسد من السيطرة على بلدة القريتين.",
        "ولم تتمكن قوات الأسد حتى الآن من السيطرة على بلدة القريتين رغم محاولاتها المتكررة.",
        "تحدثت أنباء عن سيطرة التنظيم على بلدة مهين.",
        "يسعى التنظيم للسيطرة على بلدة مهين.",
        "ويسعى التنظيم إلى السيطرة على بلدة مهين المجاورة.",
        "يحاول التنظيم السيطرة على بلدة مهين.",
        "فشلت محاولة التنظيم السيطرة على بلدة مهين.",
        "شن التنظيم هجوما بهدف السيطرة على بلدة مهين.",
        "وتواصل وحدات الجيش عملياتها تمهيدا للسيطرة على بلدة القريتين.",
        "صد الجيش هجوما للتنظيم على بلدة مهين.",
        "نفت مصادر عسكرية سيطرة التنظيم على بلدة مهين.",
        "ونفى مصدر عسكري سوري سقوط بلدة مهين.",
        "وسط أنباء غير مؤكدة عن سيطرة التنظيم على بلدة مهين.",
        "وتحدثت شائعات عن انسحاب قوات النظام من بلدة مهين.",
        "هاجم التنظيم بلدة مهين دون أن يحقق أي تقدم.",
    })
    void theseAreNotChangesOfControl(String sentence) {
        noChangeOfControl(sentence, sentence.contains("القريتين") ? "al-qaryatayn" : "mahin");
    }

    @Test
    void aFailedAttemptIsAFight() {
        assertEquals(EventKind.CONTESTED,
                only(extract("2016-03-05", "لم يتمكن التنظيم من السيطرة على بلدة مهين."), "mahin").kind());
    }

    @Test
    void aRepelledAttackIsAFight() {
        assertEquals(EventKind.CONTESTED,
                only(extract("2016-12-14", "قال مصدر عسكري إن الجيش صد هجوما للتنظيم على مطار التيفور العسكري."), "t4-airbase").kind());
    }

    @Test
    void anIntentionLeavesNoEventAtAll() {
        assertEquals(List.of(), at(extract("2015-05-13", "وأضاف أن التنظيم يسعى إلى السيطرة على مدينة تدمر."), "tadmur"));
    }

    @Test
    void stillIsNotANegation() {
        Event e = only(extract("2017-03-04", "ولا تزال بلدة مهين تحت سيطرة تنظيم داعش."), "mahin");
        assertEquals(SyriaSides.ISIS, e.controllerAfter());
    }

    @Test
    void aNegatedWordElsewhereInTheSentenceDoesNotCancelTheCapture() {
        Event e = only(extract("2016-03-05", "سيطر التنظيم على بلدة مهين دون قتال يذكر."), "mahin");
        assertEquals(SyriaSides.ISIS, e.controllerAfter());
    }

    @Test
    void aDenialDoesNotCancelTheReportOfAnotherSentence() {
        List<Event> events = extract("2015-11-02",
                "سيطر تنظيم داعش ليل السبت - الأحد على بلدة مهين. ونفى مصدر عسكري للتلفزيون الرسمي سقوط البلدة.");
        assertEquals(SyriaSides.ISIS, only(events, "mahin").controllerAfter());
    }

    @Test
    void theNegationOfAnotherVerbLeavesANominalCaptureAlone() {
        List<Event> events = extract("2015-05-13",
                "سيطر التنظيم على بلدة السخنة. ولم يصدر أي تعليق من الإعلام الرسمي على سقوط بلدة السخنة.");
        assertTrue(at(events, "al-sukhnah").stream().allMatch(e -> SyriaSides.ISIS.equals(e.controllerAfter())), events::toString);
    }
}
