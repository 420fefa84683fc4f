package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.saytara.extract.Snippets.at;
import static org.saytara.extract.Snippets.extract;
import static org.saytara.extract.Snippets.only;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places that only locate something else, or only give a direction, are not what changed hands. */
class LandmarksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "سيطر التنظيم على قرية تياس شرقي حمص. | tiyas | homs",
        "سيطرت قوات النظام على حقل جزل النفطي شمال غرب مدينة تدمر. | jazal-field | tadmur",
        "سيطر التنظيم على حقلي المهر وجحار للغاز شمال غربي تدمر. | al-mahr-field | tadmur",
        "سيطر التنظيم على محطة T3 لضخ النفط شرق تدمر. | t3-station | tadmur",
        "سيطر التنظيم على بلدة السخنة في ريف حمص الشرقي. | al-sukhnah | homs",
        "سيطر التنظيم على كامل المدينة بعد انسحاب قوات النظام من تدمر نحو مطار التيفور العسكري. | tadmur | t4-airbase",
        "انسحبت قوات النظام من بلدة السخنة باتجاه تدمر. | al-sukhnah | tadmur",
        "انسحب عناصر التنظيم من مدينة تدمر باتجاه بلدة السخنة ودير الزور. | tadmur | deir-ez-zor",
    })
    void onlyTheObjectChangesHands(String sentence, String object, String landmark) {
        List<Event> events = extract("2016-12-12", sentence);
        only(events, object);
        assertEquals(List.of(), at(events, landmark));
    }

    @Test
    void airStrikesNearAPlaceAreNoEvent() {
        assertEquals(List.of(), extract("2016-12-12", "وأكدت وزارة الدفاع الروسية أن طائراتها شنت 64 غارة على مواقع التنظيم قرب تدمر."));
    }

    @Test
    void aCommonWordWithoutACueIsNoPlace() {
        assertEquals(List.of(), extract("2016-12-12", "سيطر التنظيم على جزل."));
        assertEquals(List.of(), extract("2016-12-12", "قال شاعر من المنطقة إن التنظيم سيطر على المهر."));
    }

    @Test
    void theSameNameWithAPluralCueIsTheField() {
        assertEquals(SyriaSides.ISIS, only(extract("2016-12-12", "سيطر التنظيم على حقول الشاعر للغاز."), "shaer-field").controllerAfter());
    }

    @Test
    void aPlaceNamedAsARoadBetweenTwoTownsIsNoEvent() {
        assertEquals(List.of(), extract("2015-08-06", "وتكتسب القريتين أهمية استراتيجية كونها تقع على الطريق الواصل بين تدمر والقلمون الشرقي."));
    }
}
