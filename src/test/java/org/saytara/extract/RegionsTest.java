package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "ريف X", "محافظة X", "منطقة X", "ناحية X" name regions: they locate, they are never the town X,
 * and they never change hands themselves. The places named in them still do.
 */
class RegionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "سيطرت قوات سوريا الديمقراطية على مناطق واسعة في ريف دير الزور الشرقي|deir-ez-zor",
        "بسطت القوات الحكومية سيطرتها على معظم محافظتي القنيطرة ودرعا|gn:170905",
        "تسيطر الفصائل على مناطق في محافظتي حلب والرقة|raqqa",
        "سيطرت القوات على كامل محافظة إدلب|gn:169389",
        "دخلت القوات التركية منطقة عفرين|gn:174186",
        "سيطرت قوات النظام على قرية مديرا الواقعة في ناحية حرستا في منطقة دوما|gn:170592"})
    void aRegionIsNeverTheTownOfItsName(String sentence, String town) {
        List<Event> events = Snippets.extract("2018-03-01", sentence);
        assertEquals(List.of(), Snippets.at(events, town), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.place().id().startsWith("adm:")), events::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "سيطر التنظيم على بلدة السخنة في ريف حمص الشرقي|al-sukhnah",
        "سيطرت قوات النظام على قرية مديرا الواقعة في ناحية حرستا في منطقة دوما|gn:12851"})
    void thePlaceNamedInARegionStillChangesHands(String sentence, String place) {
        assertEquals(1, Snippets.at(Snippets.extract("2018-03-01", sentence), place).size());
    }
}
