package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A profile is read whole and checked row by row: a bad row stops it with file, line and reason. */
class ProfileReaderTest {
    private static final Path LIBYA = Path.of("src/test/resources/profiles/libya/profile");

    @TempDir
    Path dir;

    @Test
    void theBundledSyriaProfileHasTheSidesOfTheMostUsedMaps() {
        Profile syria = Profile.syria();
        assertEquals(List.of("government", "opposition", "hts", "turkey", "sdf", "isis"), syria.sides().codes());
        assertEquals("government", syria.sides().state().orElseThrow().code());
        assertEquals("SYR", syria.iso3());
        for (Side s : syria.sides().all()) assertTrue(s.colour().matches("#[0-9a-f]{6}"), s.code());
        assertEquals(6, syria.sides().all().stream().map(Side::colour).distinct().count(), "every side its own colour");
        // the first actor of a side stands for it
        assertEquals("regime", syria.actors().representative(syria.side("government")).id());
        assertEquals("turkey", syria.actors().representative(syria.side("turkey")).id());
        assertEquals(syria.side("government"), syria.actors().sideOf("russia"));
        assertEquals(syria.side("turkey"), syria.actors().sideOf("hamza-division"));
        assertNull(syria.actors().sideOf("coalition"), "the coalition holds no ground of its own");
        assertNull(syria.actors().sideOf("لواء لا يعرفه السجل"));
    }

    @Test
    void aSideIsAValueComparedByItsId() {
        Side a = Profile.syria().side("isis");
        Side b = Profile.load(LIBYA).side("isis");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("isis", a.toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.syria().side("rebels"));
        assertTrue(e.getMessage().contains("government, opposition, hts, turkey, sdf, isis"), e.getMessage());
    }

    @Test
    void aFolderProfileIsReadWhole() {
        Profile libya = Profile.load(LIBYA);
        assertEquals("libya", libya.name());
        assertEquals(List.of("gna", "lna", "isis"), libya.sides().codes());
        assertEquals("#1f77b4", libya.side("gna").colour());
        assertEquals("the GNA", libya.side("gna").textEn());
        assertTrue(libya.actors().byId("egypt").orElseThrow().side() == null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown side of an actor        | actors.tsv  | actor	gna-forces	gna	GNA forces	قوات حكومة الوفاق |  actor	gna-forces	gnaa	GNA forces	قوات حكومة الوفاق | actors.tsv:2: unknown side 'gnaa'
        a form of two actors            | actors.tsv  | force	قوات حفتر | force	قوات الوفاق | actors.tsv:13: 'قوات الوفاق' is already a form of actor 'gna-forces'
        a malformed actor row           | actors.tsv  | actor	isis	isis	ISIS	تنظيم الدولة	Islamic State (Libya) | actor	isis	isis | actors.tsv:18: an actor row has 5 or 6
        an unknown form kind            | actors.tsv  | anaphor	التنظيم | pronoun	التنظيم | actors.tsv:23: unknown row kind 'pronoun'
        a duplicate actor id            | actors.tsv  | actor	lna	lna | actor	gna-forces	lna | actors.tsv:11: actor 'gna-forces' is already defined at line 2
        a bad colour                    | sides.tsv   | #8c564b | brown | sides.tsv:3: colour must be #rrggbb, not 'brown'
        a side id that is a state       | sides.tsv   | isis	#111111 | contested	#111111 | sides.tsv:4: 'contested' cannot be a side id
        two state sides                 | sides.tsv   | the LNA | the LNA	state | sides.tsv:3: role 'state' is already given to side 'gna'
        an unknown role                 | sides.tsv   | the GNA	state | the GNA	capital | sides.tsv:2: unknown role 'capital'
        a source of an unknown side     | sources.tsv | lna	المكتب | haftar	المكتب | sources.tsv:4: unknown voice 'haftar'
        an unknown actor rule           | actor-rules.tsv | faction-head	 | faction-heads	 | actor-rules.tsv:3: unknown rule 'faction-heads'
        a profile key missing           | profile.tsv | iso3	LBY | iso	LBY | profile.tsv:5: unknown key 'iso'
        """)
    void aBadRowStopsTheReadWithFileLineAndReason(String what, String file, String from, String to, String expected) throws IOException {
        copyLibya();
        Path f = dir.resolve(file);
        String text = Files.readString(f);
        assertTrue(text.contains(from), what + ": fixture lacks " + from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        ProfileException e = assertThrows(ProfileException.class, () -> Profile.load(dir));
        assertTrue(e.getMessage().startsWith(expected), what + ": " + e.getMessage());
    }

    @Test
    void aSideWithNoActorCouldNeverHoldAPlace() throws IOException {
        copyLibya();
        Files.writeString(dir.resolve("sides.tsv"), Files.readString(dir.resolve("sides.tsv")) + "tebu\t#00aa00\tTebu forces\tقوات التبو\n");
        ProfileException e = assertThrows(ProfileException.class, () -> Profile.load(dir));
        assertTrue(e.getMessage().startsWith("sides.tsv:5: side 'tebu' has no actor"), e.getMessage());
    }

    @Test
    void missingFilesAndFoldersAreNamed() throws IOException {
        assertTrue(assertThrows(ProfileException.class, () -> Profile.load(dir.resolve("nowhere"))).getMessage()
                .startsWith("profile folder not found"));
        copyLibya();
        Files.delete(dir.resolve("actors.tsv"));
        assertTrue(assertThrows(ProfileException.class, () -> Profile.load(dir)).getMessage().startsWith("actors.tsv: missing"));
    }

    @Test
    void invalidUtf8IsRefused() throws IOException {
        copyLibya();
        Files.write(dir.resolve("sides.tsv"), new byte[] {'g', 'n', 'a', '\t', (byte) 0xC3, (byte) 0x28});
        assertTrue(assertThrows(ProfileException.class, () -> Profile.load(dir)).getMessage().startsWith("sides.tsv: not valid UTF-8"));
    }

    @Test
    void aFileIsReadOnlyFromInsideItsFolder() throws IOException {
        copyLibya();
        Path outside = Files.createTempFile("outside", ".tsv");
        try {
            Files.copy(dir.resolve("sources.tsv"), outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(dir.resolve("sources.tsv"));
            Files.createSymbolicLink(dir.resolve("sources.tsv"), outside);
            ProfileException e = assertThrows(ProfileException.class, () -> Profile.load(dir));
            assertTrue(e.getMessage().contains("outside the profile folder"), e.getMessage());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    private void copyLibya() throws IOException {
        try (Stream<Path> files = Files.list(LIBYA)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
        }
    }
}
