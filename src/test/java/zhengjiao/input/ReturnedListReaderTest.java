package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a cadre typed in the four columns is put in its place, and nothing typed is dropped. */
class ReturnedListReaderTest {

    @Test
    void notesInTheirOwnColumnsStay() {
        var s = ReturnedListReader.sort("2022-11-20", "王支书", "外出务工", "春节回来再交");
        assertEquals(new ReturnedListReader.Sorted(LocalDate.of(2022, 11, 20), "王支书", "外出务工", "春节回来再交"), s);
    }

    @Test
    void aDateUnderTheReasonAndAReasonUnderTheRemarkSwapBack() {
        var s = ReturnedListReader.sort("", "王支书", "2022年11月13日", "参军");
        assertEquals(new ReturnedListReader.Sorted(LocalDate.of(2022, 11, 13), "王支书", "参军", ""), s);
    }

    @Test
    void aReasonUnderTheRemarkIsTakenOnlyWhenTheReasonIsEmpty() {
        var s = ReturnedListReader.sort("2022-11-13", "", "失联", "外出务工");
        assertEquals("失联", s.reason());
        assertEquals("外出务工", s.remark());
    }

    @Test
    void textThatIsNoDateUnderTheDateGoesToTheRemark() {
        var s = ReturnedListReader.sort("11月下旬", "张三", "", "");
        assertNull(s.date());
        assertEquals("11月下旬", s.remark());
    }

    @Test
    void aNameUnderTheReminderIsNeverTakenForAReason() {
        var s = ReturnedListReader.sort("", "王学生", "", "");
        assertEquals("王学生", s.by());
        assertEquals("", s.reason());
    }

    @Test
    void theProgramsOwnBirthdayAdviceIsNoNote() {
        var s = ReturnedListReader.sort("", "", "", "12月20日满 60 周岁，应在生日后缴费以享受资助");
        assertTrue(!s.hasContent());
        var kept = ReturnedListReader.sort("", "", "", "已联系；12月20日满 60 周岁，应在生日后缴费以享受资助");
        assertEquals("已联系", kept.remark());
    }

    @Test
    void theStatedDateIsReadFromTheTitle() {
        SourceRow title = new SourceRow(1, new String[] {"刘寨村未缴费人员一对一提醒名单（截至2022年11月22日）"}, null);
        assertEquals(LocalDate.of(2022, 11, 22), ReturnedListReader.statedDate(title));
    }
}
