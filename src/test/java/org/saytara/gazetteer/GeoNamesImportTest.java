package org.saytara.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesImportTest {
    @TempDir
    Path dir;

    /** A GeoNames line: 19 columns, country code in the ninth. */
    private static String line(String id, String name, String ascii, String alternates, String lat, String lon,
                               String code, String country, String population) {
        return String.join("\t", id, name, ascii, alternates, lat, lon, "P", code, country, "", "11", "", "", "",
                population, "", "300", "Asia/Damascus", "2020-01-01") + "\n";
    }

    @Test
    void keepsTheCountryWithArabicAndLatinNames() throws IOException {
        Path in = dir.resolve("cities500.txt");
        Files.writeString(in,
                line("5174", "‘Arīqah", "`Ariqah", "Arika,`Ariqah,tl ʿmar,Арика,تل عمار,عريقة,‘Arīqah",
                        "32.88994", "36.48342", "PPLA3", "SY", "804")
                + line("3039154", "El Tarter", "El Tarter", "Ehl Tarter", "42.57952", "1.65362", "PPL", "AD", "1052")
                + "broken line without tabs\n"
                + line("163808", "Tadmur", "Tadmur", "Palmyra,Tadmor,پالمیرا,تدمر,Пальмира", "34.5624", "38.28402",
                        "PPLA2", "SY", "51015")
                + line("170654", "Damascus", "Damascus", "Damascus,د مشق,دمشق", "33.5102", "36.29128", "PPLC", "SY",
                        "1569394")
                + line("999", "Tremseh", "Tremseh", "", "35.2", "36.6", "PPL", "SY", ""));
        Path out = dir.resolve("geodata/geonames-sy.tsv");
        ImportSummary summary = GeoNamesImport.run(in, "sy", out);
        assertEquals(6, summary.rowsRead(), "every data line, the broken one included");
        assertEquals(4, summary.rowsKept());
        assertEquals(3, summary.withArabicName());
        assertEquals(1, summary.malformedLines());

        List<String> lines = Files.readAllLines(out);
        assertEquals(GeoNamesRow.header(), lines.get(0));
        assertEquals(List.of("5174", "‘Arīqah", "`Ariqah", "عريقة", "تل عمار|عريقة", "Arika|tl ʿmar", "32.88994",
                "36.48342", "PPLA3", "11", "804"), List.of(lines.get(1).split("\t", -1)));
        assertEquals("تدمر|Palmyra|Tadmor", String.join("|", lines.get(2).split("\t")[4], lines.get(2).split("\t")[5]),
                "Persian and Cyrillic names are dropped");
        assertEquals("دمشق", lines.get(3).split("\t")[3], "the split typo loses to the clean spelling");
        assertEquals("", lines.get(4).split("\t", -1)[3]);

        List<GeoNamesRow> rows = GeoNamesTsv.read(out);
        assertEquals(4, rows.size());
        assertEquals(51015, rows.get(1).population());
    }
}
