package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.saytara.text.Furniture;
import org.saytara.text.LexiconException;
import org.saytara.text.LexiconFile;

/** cues.tsv, ordinary-words.tsv and furniture.tsv go through the one reader and stop on a bad row. */
class CueWordsFileTest {
    private static LexiconFile.Source edited(Class<?> owner, String file, String from, String to) {
        LexiconFile.Source packaged = LexiconFile.beside(owner);
        return name -> {
            InputStream in = packaged.open(name);
            if (!name.equals(file) || in == null) return in;
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains(from), file + " has no " + from);
            return new ByteArrayInputStream(text.replace(from, to).getBytes(StandardCharsets.UTF_8));
        };
    }

    @Test
    void thePackagedFilesLoad() {
        assertTrue(Cues.standard().index().containsWord("حقل"));
        assertTrue(GeoNamesPlaces.ordinaryWords().contains("جديده"));
        assertTrue(Furniture.standard().isHeadline("اقرا", "ايضا"));
    }

    @Test
    void aZoneOnACueThatIsNotADescriptor() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "head\tسجن\t", "head\tسجن\t\tzone")));
        assertTrue(e.getMessage().matches("cues\\.tsv:\\d+: opens may only be 'zone', on a descriptor, not 'zone'"), e.getMessage());
    }

    @Test
    void aCueFormWithTwoMeanings() {
        // أحياء is the plural of حي (a head); as a partitive of its own it could never be read
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "partitive\tمحيط\t", "partitive\tأحياء\t\npartitive\tمحيط\t")));
        assertTrue(e.reason().contains("'احياء' is listed as partitive of احياء but line"), e.getMessage());
        assertTrue(e.reason().contains("already lists it as head of حي"), e.getMessage());
    }

    @Test
    void anUnknownCueRole() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "head\tسجن\t", "haed\tسجن\t")));
        assertTrue(e.reason().startsWith("unknown role 'haed' (known: head, partitive, descriptor)"), e.getMessage());
    }

    @Test
    void anOrdinaryWordOfTwoWords() {
        LexiconException e = assertThrows(LexiconException.class, () -> GeoNamesPlaces.readOrdinaryWords(
                edited(GeoNamesPlaces.class, "ordinary-words.tsv", "\nسوق\n", "\nسوق الهال\n")));
        assertEquals("one word per line, not 'سوق الهال'", e.reason());
        assertEquals("ordinary-words.tsv", e.file());
    }

    @Test
    void anUnknownFurnitureSet() {
        LexiconException e = assertThrows(LexiconException.class, () -> Furniture.read(
                edited(Furniture.class, "furniture.tsv", "headline\t", "headlines\t")));
        assertTrue(e.getMessage().matches("furniture\\.tsv:\\d+: unknown set 'headlines' \\(known: headline, line-start\\)"), e.getMessage());
    }
}
