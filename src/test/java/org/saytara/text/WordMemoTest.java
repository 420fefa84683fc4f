package org.saytara.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-word memo: the function's own answers, worked out once per word of analysed text. */
class WordMemoTest {

    @Test
    void aRepeatedWordOfTextIsWorkedOutOnce() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<Integer> length = new WordMemo<>(w -> {
            calls.incrementAndGet();
            return w.length();
        });
        AnalyzedText t = ArabicText.analyze("سيطر التنظيم على تدمر. وسيطر التنظيم على السخنة وتدمر.");
        WordMemo.Table<Integer> table = length.table();
        for (Token tok : t.tokens()) assertEquals(tok.text().length(), table.get(tok.text()));
        // 9 tokens, 7 distinct words: the tokens of a word share one String, so repeats are remembered
        assertEquals(7, calls.get());
    }

    @Test
    void anotherStringOfTheSameLettersGetsTheSameAnswer() {
        WordMemo<String> reversed = new WordMemo<>(w -> new StringBuilder(w).reverse().toString());
        String a = "تدمر";
        String b = new String(a.toCharArray());
        assertEquals("رمدت", reversed.get(a));
        assertEquals("رمدت", reversed.get(b));
        assertEquals("رمدت", reversed.get(a));
    }

    @Test
    void nullIsAnAnswerToo() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<String> none = new WordMemo<>(w -> {
            calls.incrementAndGet();
            return null;
        });
        String w = ArabicText.analyze("تدمر").token(0).text();
        assertNull(none.get(w));
        assertNull(none.get(w));
        assertEquals(1, calls.get());
    }

    @Test
    void eachThreadHasItsOwnTable() throws Exception {
        WordMemo<Thread> firstAsker = new WordMemo<>(w -> Thread.currentThread());
        String w = "تدمر";
        assertSame(Thread.currentThread(), firstAsker.get(w));
        List<Thread> seen = new ArrayList<>();
        Thread other = new Thread(() -> seen.add(firstAsker.get(w)));
        other.start();
        other.join();
        assertSame(other, seen.get(0));
        assertSame(Thread.currentThread(), firstAsker.get(w));
    }
}
