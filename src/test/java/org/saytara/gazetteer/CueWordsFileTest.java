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

/** cues.tsv, place-words.tsv and furniture.tsv go through the one reader and stop on a bad row. */
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
        assertTrue(PlaceWords.standard().personParticle("وابو"));
        assertEquals(1, PlaceWords.standard().direction("الشمالي")[0]);
        assertEquals("محافظة", PlaceWords.standard().spelledRegionWord("governorate"));
        assertTrue(Furniture.standard().isHeadline("اقرا", "ايضا"));
    }

    @Test
    void aZoneOnACueThatIsNotADescriptor() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "head\tسجن\t\t\tprison", "head\tسجن\t\tzone\tprison")));
        assertTrue(e.getMessage().matches("cues\\.tsv:\\d+: opens may only be 'zone', on a descriptor, not 'zone'"), e.getMessage());
    }

    @Test
    void aCueFormWithTwoMeanings() {
        // أحياء is the plural of حي (a head); as a partitive of its own it could never be read
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "partitive\tمحيط\n", "partitive\tأحياء\npartitive\tمحيط\n")));
        assertTrue(e.reason().contains("'احياء' is listed as partitive of احياء but line"), e.getMessage());
        assertTrue(e.reason().contains("already lists it as head of حي"), e.getMessage());
    }

    @Test
    void anUnknownCueRole() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "head\tسجن\t", "haed\tسجن\t")));
        assertTrue(e.reason().startsWith("unknown role 'haed' (known: head, partitive, descriptor, region)"), e.getMessage());
    }

    @Test
    void anUnknownPlaceTypeOnAHead() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "\t\tprison", "\t\tjail")));
        assertTrue(e.getMessage().matches("cues\\.tsv:\\d+: unknown place type 'jail'"), e.getMessage());
    }

    @Test
    void placeTypesOnACueThatIsNotAHead() {
        LexiconException e = assertThrows(LexiconException.class,
                () -> Cues.read(edited(Cues.class, "cues.tsv", "partitive\tمحيط\n", "partitive\tمحيط\t\t\tvillage\n")));
        assertTrue(e.reason().equals("only a head announces place types"), e.getMessage());
    }

    @Test
    void aDirectionThatIsNoCompassPoint() {
        LexiconException e = assertThrows(LexiconException.class, () -> PlaceWords.read(
                edited(PlaceWords.class, PlaceWords.FILE, "direction\tnorth\t", "direction\tup\t")));
        assertEquals(PlaceWords.FILE, e.file());
        assertTrue(e.reason().startsWith("a direction is north, south, east or west, not 'up'"), e.getMessage());
    }

    @Test
    void anUnknownFurnitureSet() {
        LexiconException e = assertThrows(LexiconException.class, () -> Furniture.read(
                edited(Furniture.class, "furniture.tsv", "headline\t", "headlines\t")));
        assertTrue(e.getMessage().matches("furniture\\.tsv:\\d+: unknown set 'headlines' \\(known: headline, line-start\\)"), e.getMessage());
    }
}
