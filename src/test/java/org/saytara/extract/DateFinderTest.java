package org.saytara.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saytara.text.AnalyzedText;
import org.saytara.text.ArabicText;

/** Date expressions, explicit and relative to the publication date. */
class DateFinderTest {
    private static final DateFinder FINDER = Lexicon.of(SyriaSides.SYRIA).dates;

    /** A Monday. */
    private static final LocalDate MON_2016_12_12 = LocalDate.of(2016, 12, 12);

    private static DateMention first(String sentence, LocalDate published) {
        AnalyzedText t = ArabicText.analyze(sentence);
        List<DateMention> found = FINDER.find(t, 0, t.size(), published);
        assertTrue(!found.isEmpty(), "no date found in: " + sentence);
        return found.get(0);
    }

    private static void window(String sentence, LocalDate published, String min, String max) {
        DateMention d = first(sentence, published);
        assertEquals(LocalDate.parse(min), d.min(), sentence);
        assertEquals(LocalDate.parse(max), d.max(), sentence);
    }

    private static void day(String sentence, LocalDate published, String day) {
        window(sentence, published, day, day);
        assertEquals(DatePrecision.DAY, first(sentence, published).precision());
    }

    @Test
    void slashDatesAreDayFirst() {
        day("عقب استيلائها على الكتيبة يوم 10/12/2016", MON_2016_12_12, "2016-12-10");
    }

    @Test
    void easternArabicDigitsInASlashDate() {
        day("استعاد التنظيم أمس (١١/١٢/٢٠١٦) السيطرة على تدمر", MON_2016_12_12, "2016-12-11");
    }

    @Test
    void dayAndLevantineMonthTakeTheYearOfPublication() {
        day("سيطرت قوات النظام على القريتين في 3 نيسان", LocalDate.of(2016, 4, 5), "2016-04-03");
    }

    @Test
    void dayAndMonthAfterThePublicationDateFallInThePreviousYear() {
        day("سيطر التنظيم على المدينة في 11 كانون الأول", LocalDate.of(2017, 3, 4), "2016-12-11");
    }

    @Test
    void doubleMonthNamesWithYear() {
        day("وكان التنظيم قد سيطر على تدمر في 20 أيار/مايو 2015", LocalDate.of(2016, 3, 28), "2015-05-20");
    }

    @Test
    void egyptianMonthNameAlone() {
        day("سيطر التنظيم على تدمر في 21 مايو 2015", null, "2015-05-21");
    }

    @Test
    void bothKanunMonthsAreTold() {
        day("في 5 كانون الثاني 2016", null, "2016-01-05");
        day("في 5 كانون الأول 2016", null, "2016-12-05");
        day("في 5 تشرين الأول 2016", null, "2016-10-05");
        day("في 5 تشرين الثاني 2016", null, "2016-11-05");
    }

    @Test
    void monthAndYearIsAMonthWindow() {
        window("بعد أن طرده النظام منها في آذار 2016", LocalDate.of(2017, 3, 4), "2016-03-01", "2016-03-31");
    }

    @Test
    void weekdayWithAlmadiIsTheLastSuchDayBeforePublication() {
        day("وكان التنظيم سيطر الخميس الماضي على حقل المهر", MON_2016_12_12, "2016-12-08");
        day("سيطر التنظيم يوم الجمعة الفائت على الحقل", MON_2016_12_12, "2016-12-09");
    }

    @Test
    void bareWeekdayIsTheMostRecentSuchDay() {
        day("اشتباكات عنيفة دارت مساء الأحد على أطراف المطار", MON_2016_12_12, "2016-12-11");
    }

    @Test
    void theNightOfSaturdayToSundayCoversBothDays() {
        window("سيطر تنظيم داعش ليل السبت - الأحد على بلدة مهين", LocalDate.of(2015, 11, 2), "2015-10-31", "2015-11-01");
    }

    @Test
    void yesterdayAndToday() {
        day("سيطر التنظيم أمس على المدينة", MON_2016_12_12, "2016-12-11");
        day("أعادت وحدات الجيش اليوم الأمن إلى المدينة", MON_2016_12_12, "2016-12-12");
    }

    @Test
    void yesterdayWithItsWeekdayName() {
        day("سيطر تنظيم الدولة، يوم أمس الأحد، على مدينة القريتين", LocalDate.of(2017, 10, 2), "2017-10-01");
    }

    @Test
    void thePastDaysEndAtPublication() {
        window("سيطر التنظيم خلال الأيام الماضية على حقلي آراك والهيل", LocalDate.of(2015, 5, 23), "2015-05-20", "2015-05-23");
    }

    @Test
    void theNumberWordMayTakeTheArticle() {
        window("سيطر التنظيم خلال الأيام الثلاثة الماضية على حقلي آراك والهيل", LocalDate.of(2015, 5, 23), "2015-05-20", "2015-05-23");
    }

    @Test
    void thePastWeeksAreThreeWeeksBackFromPublication() {
        window("تقدم التنظيم خلال الأسابيع الماضية", LocalDate.of(2015, 5, 23), "2015-05-02", "2015-05-23");
    }

    @Test
    void lastMonth() {
        window("سيطر التنظيم على البلدة الشهر الماضي", MON_2016_12_12, "2016-11-01", "2016-11-30");
    }

    @Test
    void theStartOfTheCurrentMonthLiesBetweenItsFirstDayAndPublication() {
        DateMention d = first("تسلل الإرهابيون إلى المدينة مطلع الشهر الحالي", LocalDate.of(2017, 10, 21));
        assertEquals(LocalDate.of(2017, 10, 1), d.min());
        assertTrue(!d.max().isAfter(LocalDate.of(2017, 10, 21)), d.toString());
    }

    @Test
    void aNamedMonthWithAlmadiIsItsLastOccurrence() {
        window("سيطر الجيش على المدينة في آذار الماضي", LocalDate.of(2016, 12, 12), "2016-03-01", "2016-03-31");
        window("يسيطر عليها التنظيم منذ آب الماضي", LocalDate.of(2015, 11, 23), "2015-08-01", "2015-08-31");
    }

    @Test
    void theCurrentYearEndsAtPublication() {
        window("سيطر التنظيم على الحقل في العام الحالي", LocalDate.of(2016, 12, 12), "2016-01-01", "2016-12-12");
    }

    @Test
    void severalMonthsAgoIsBeforePublication() {
        DateMention d = first("سيطر التنظيم على البلدة منذ عدة أشهر", MON_2016_12_12);
        assertTrue(d.max().isBefore(MON_2016_12_12), d.toString());
        assertTrue(d.min().isBefore(LocalDate.of(2016, 11, 1)), d.toString());
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        AnalyzedText t = ArabicText.analyze("سيطر التنظيم أمس على المدينة");
        for (DateMention d : FINDER.find(t, 0, t.size(), null)) assertNull(d.date(), d.toString());
    }

    @Test
    void withoutAPublicationDateExplicitDatesStillResolve() {
        day("وكان الجيش قد حرر المدينة في 3 نيسان 2016", null, "2016-04-03");
    }

    @Test
    void aPlainNumberIsNotADate() {
        AnalyzedText t = ArabicText.analyze("شنت الطائرات 64 غارة على مواقع التنظيم");
        assertEquals(List.of(), FINDER.find(t, 0, t.size(), MON_2016_12_12));
    }
}
