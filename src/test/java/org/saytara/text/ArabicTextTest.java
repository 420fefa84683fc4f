package org.saytara.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens and sentences of an article, and the way back to the original text. */
class ArabicTextTest {

    private static List<String> words(AnalyzedText t) {
        return t.tokens().stream().map(Token::text).toList();
    }

    private static String sentence(AnalyzedText t, int i) {
        int[] r = t.originalSentenceRange(t.sentences().get(i));
        return t.original().substring(r[0], r[1]);
    }

    @Test
    void wordsAreNormalisedAndPunctuationIsNotAWord() {
        AnalyzedText t = ArabicText.analyze("سيطر «داعش» على تدمر، أمس.");
        assertEquals(List.of("سيطر", "داعش", "علي", "تدمر", "امس"), words(t));
    }

    @Test
    void aFullStopEndsASentence() {
        AnalyzedText t = ArabicText.analyze("سيطر التنظيم على تدمر. وانسحبت قوات النظام من المدينة.");
        assertEquals(2, t.sentences().size());
        assertEquals("وانسحبت قوات النظام من المدينة.", sentence(t, 1));
    }

    @Test
    void aLineBreakEndsASentence() {
        AnalyzedText t = ArabicText.analyze("حمص-سانا\nأعادت وحدات من الجيش الأمن إلى مدينة تدمر");
        assertEquals(2, t.sentences().size());
        assertEquals("أعادت وحدات من الجيش الأمن إلى مدينة تدمر", sentence(t, 1));
    }

    @Test
    void commasDoNotEndASentence() {
        AnalyzedText t = ArabicText.analyze("سيطر التنظيم، يوم أمس الأحد، على مدينة القريتين.");
        assertEquals(1, t.sentences().size());
    }

    @Test
    void theEvidenceSentenceIsQuotedExactlyAsWritten() {
        String text = "قال المرصد إن التنظيم سيطر على ﺗﺪﻣﺮ. ونفى مصدر عسكري ذلك.";
        AnalyzedText t = ArabicText.analyze(text);
        assertEquals("قال المرصد إن التنظيم سيطر على ﺗﺪﻣﺮ.", sentence(t, 0));
    }

    @Test
    void easternDigitsInADateStayOneSentence() {
        AnalyzedText t = ArabicText.analyze("استعاد التنظيم أمس (١١/١٢/٢٠١٦) السيطرة على تدمر.");
        assertEquals(1, t.sentences().size());
        assertEquals(List.of("11", "12", "2016"), words(t).subList(3, 6));
    }
}
