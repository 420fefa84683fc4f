package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.saytara.text.LexiconException;
import org.saytara.text.LexiconFile;

/**
 * The extraction lexicons as start-up reads them: the packaged files load, and a bad edit to any
 * of them (a misspelt role, a reach of the wrong shape, a form with two meanings …) stops start-up
 * naming the file, the line and the reason.
 */
class LexiconTest {
    private static final LexiconFile.Source PACKAGED = LexiconFile.beside(Lexicon.class);

    /** The packaged files, with one line of one file replaced. */
    static LexiconFile.Source edited(String file, String from, String to) {
        return name -> {
            InputStream in = PACKAGED.open(name);
            if (!name.equals(file) || in == null) return in;
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(from)) throw new AssertionError(file + " has no " + from);
            return new ByteArrayInputStream(text.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The 1-based line of the packaged file that holds {@code text}. */
    static int lineOf(String file, String text) {
        try (InputStream in = PACKAGED.open(file)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).contains(text)) return i + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(file + " has no " + text);
    }

    @Test
    void thePackagedLexiconsLoad() {
        Lexicon lex = Lexicon.of(SyriaSides.SYRIA);
        assertNotNull(lex.words);
        assertNotNull(lex.dates);
        assertTrue(lex.words.is(Words.WordSet.PREPOSITION, "علي"));
    }

    /** Each row: file, the text of a line to change, what it becomes, and the reason start-up gives. */
    @ParameterizedTest(name = "{0}: {4}")
    @CsvSource(delimiter = '|', value = {
        "triggers.tsv | capture\tV\tdirect,fall\t | capture\tV\tdirect,fal\t | capture\tV\tdirect,fall\t"
                + " | unknown arg 'fal': not direct, a preposition of words.tsv",
        "triggers.tsv | capture\tV\tعلى,في,control\tسيطر, | captrue\tV\tعلى,في,control\tسيطر, | capture\tV\tعلى,في,control\tسيطر,"
                + " | unknown kind 'captrue' (known: capture, withdrawal, contested, presence)",
        "triggers.tsv | capture\tV\tعلى,في\tاستولى, | capture\tX\tعلى,في\tاستولى, | capture\tV\tعلى,في\tاستولى,"
                + " | pos must be V or N, not X",
        "triggers.tsv | withdrawal\tV\tمن\tانسحب, | withdrawal\tV\tمن\tسيطر,انسحب, | withdrawal\tV\tمن\tانسحب,"
                + " | 'سيطر (V)' is listed as withdrawal V من but line",
        "triggers.tsv | direct,retake\tحرر,حررت | direct,retake\tحرر,,حررت | direct,retake\tحرر,حررت"
                + " | empty item in forms",
        "markers.tsv | negation\t4\t | negaton\t4\t | negation\t4\t | unknown role 'negaton'",
        "markers.tsv | intention\t3/12\t | intention\t3\t | intention\t3/12\t"
                + " | intention needs a reach N/M (N words, or M with no other trigger between), not '3'",
        "markers.tsv | negation\t4\t | negation\tsentence\t | negation\t4\t | reach must be a whole number, not 'sentence'",
        "markers.tsv | denial\tsentence\t | denial\t5\t | denial\tsentence\t | denial reaches over the sentence: write sentence",
        "markers.tsv | contrast\t-\t | contrast\t2\t | contrast\t-\t | contrast does not act at a distance",
        "markers.tsv | maybe\t1\tقد | maybe\t1\tقد,لم | maybe\t1\tقد | 'لم' is listed as maybe (reach 1) but line",
        "words.tsv | near\tقرب\t | near\tبجانب\t | near\tقرب\t | 'بجانب' is not a preposition of this file",
        "words.tsv | type\tprison\t | type\tjail\t | type\tprison\t | unknown place type 'jail'",
        "words.tsv | relative\t-\t | relative\tthe\t | relative\t-\t | set relative takes no value: write -",
        "words.tsv | relative\t-\t | relativ\t-\t | relative\t-\t | unknown set 'relativ'",
        "words.tsv | narrative\t7\t | narrative\tseven\t | narrative\t7\t | value must be a whole number, not 'seven'",
        "dates.tsv | month\t3\t | month\t13\t | month\t3\t | set month takes a number from 1 to 12, not 13",
        "dates.tsv | weekday\tfriday\t | weekday\tfryday\t | weekday\tfriday\t | unknown weekday 'fryday'",
        "dates.tsv | several\t3..9\t | several\t9..3\t | several\t3..9\t | range needs 1 <= lo <= hi, not '9..3'",
        "dates.tsv | past\t-\tالماضي, | past\t-\tالماضي*, | past\t-\tالماضي, | '*' (a prefix) is allowed only at the end of a unit form",
        "dates.tsv | period-part\tearly\t | period-part\tsoon\t | period-part\tearly\t | unknown value 'soon' (known: early, middle, late)",
    })
    void aBadRowStopsStartUpWithFileLineAndReason(String file, String line, String to, String at, String reason) {
        // CsvSource trims cells: the tabs of the rows are written as \t and restored here
        String from = line.replace("\\t", "\t");
        LexiconException e = assertThrows(LexiconException.class, () -> Lexicon.of(SyriaSides.SYRIA, edited(file, from, to.replace("\\t", "\t"))));
        assertEquals(file, e.file(), e::getMessage);
        assertEquals(lineOf(file, at.replace("\\t", "\t")), e.line(), e::getMessage);
        assertTrue(e.reason().contains(reason.replace("\\t", "\t")), e::getMessage);
    }

    @Test
    void aSetWithNoWordsStopsStartUp() {
        int line = lineOf("words.tsv", "where\t-\t");
        LexiconException e = assertThrows(LexiconException.class,
                () -> Lexicon.of(SyriaSides.SYRIA, edited("words.tsv", "where\t-\tحيث\n", "")));
        assertEquals("words.tsv: no words for set where", e.getMessage());
        assertTrue(line > 0);
    }

    @Test
    void aMissingLexiconStopsStartUp() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Lexicon.of(SyriaSides.SYRIA, name -> name.equals("markers.tsv") ? null : PACKAGED.open(name)));
        assertEquals("markers.tsv: missing lexicon file", e.getMessage());
    }

    @Test
    void theReachesOfMarkersAreTheFilesNumbers() {
        Lexicon standard = Lexicon.of(SyriaSides.SYRIA);
        assertEquals(new Lexicon.Reach(6, 6), markerReach(standard, "محاولة"));
        assertEquals(new Lexicon.Reach(3, 12), markerReach(standard, "يسعى"));
        assertEquals(Lexicon.Reach.SENTENCE, markerReach(standard, "نفى"));
        assertEquals(Lexicon.Reach.NONE, markerReach(standard, "بينما"));
    }

    @Test
    void aReachChangedInTheFileChangesWhatIsRead() {
        // five words stand between حاول and السيطرة: within the attempt's reach of 6 it is a fight,
        // with a reach of 2 the capture stands
        String sentence = "حاول التنظيم مرارا خلال الأيام الماضية السيطرة على بلدة مهين.";
        assertEquals(List.of(EventKind.CONTESTED), kindsAtMahin(Lexicon.of(SyriaSides.SYRIA), sentence));
        assertEquals(List.of(EventKind.CAPTURE),
                kindsAtMahin(Lexicon.of(SyriaSides.SYRIA, edited("markers.tsv", "attempt\t6\t", "attempt\t2\t")), sentence));
    }

    private static List<EventKind> kindsAtMahin(Lexicon lex, String sentence) {
        org.saytara.gazetteer.Gazetteer gazetteer = Snippets.gazetteer();
        ArticleReader reader = new ArticleReader(lex, org.saytara.gazetteer.PlaceFinder.of(gazetteer), gazetteer);
        org.saytara.corpus.Article a = new org.saytara.corpus.Article("snippet", null, "Test Wire", null,
                java.time.LocalDate.of(2016, 3, 5), "ar", sentence, "snippet.txt");
        return reader.read(a).events().stream().filter(e -> e.place().id().equals("mahin")).map(RawEvent::kind).toList();
    }

    private static Lexicon.Reach markerReach(Lexicon lex, String word) {
        org.saytara.text.AnalyzedText t = org.saytara.text.ArabicText.analyze(word);
        return lex.markers.longestAt(t, 0).payload().reach();
    }
}
