package zhengjiao.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import zhengjiao.domain.CashEntry;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Insurance;

class CashRecordReaderTest {

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path f = dir.resolve("代收台账.csv");
        Files.writeString(f, String.join("\n", lines), StandardCharsets.UTF_8);
        return f;
    }

    private List<CashEntry> read(boolean county, String... lines) throws IOException {
        return CashRecordReader.read(file(lines), "代收台账.csv", 0, county);
    }

    @Test
    void everyColumnIsReadAndMergedCellsCarryDown() throws IOException {
        List<CashEntry> e = read(false, "村居,协办员,上缴日期,上缴金额,人数,险种,票据号,备注",
                "刘 寨 村,王 芳,2023年10月21日,760,2人,城乡居民基本医疗保险,No.001,首批",
                ",,2023-10-22,￥380.5,,养老,,",
                "小计,,,1140.5,3,,,");
        assertEquals(2, e.size());
        CashEntry first = e.get(0);
        assertEquals("刘寨村", first.village());
        assertEquals("王芳", first.agent());
        assertEquals(LocalDate.of(2023, 10, 21), first.date());
        assertEquals(76000, first.amountFen());
        assertEquals(OptionalInt.of(2), first.persons());
        assertEquals(Insurance.RESIDENT_MEDICAL, first.insurance());
        assertEquals("No.001；首批", first.note());
        assertEquals(2, first.source().row());
        CashEntry second = e.get(1);
        assertEquals("刘寨村", second.village());
        assertEquals("王芳", second.agent());
        assertEquals(38050, second.amountFen());
        assertEquals(1, second.payerCount());
        assertEquals(Insurance.RESIDENT_PENSION, second.insurance());
    }

    @Test
    void withoutAnInsuranceColumnTheCampaignsIsAssumed() throws IOException {
        assertNull(read(false, "村,代收人,日期,金额", "甲村,李四,2023-11-01,380").get(0).insurance());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "甲村,李四,2023-13-01,380|文件 代收台账.csv 第 2 行「日期」列：无法识别的日期「2023-13-01」（应写作 2023-10-21、2023/10/21 或 2023年10月21日）",
        "甲村,李四,,380|文件 代收台账.csv 第 2 行「日期」列：日期为空",
        "甲村,李四,2023-11-01,三百八|文件 代收台账.csv 第 2 行「金额」列：无法识别的金额「三百八」（应为元，最多两位小数，如 380 或 1,140.00）",
        "甲村,李四,2023-11-01,380.005|文件 代收台账.csv 第 2 行「金额」列：无法识别的金额「380.005」（应为元，最多两位小数，如 380 或 1,140.00）",
        ",李四,2023-11-01,380|文件 代收台账.csv 第 2 行「村」列：村为空（每行须写明代收的村居）"})
    void aCellThatCannotBeReadNamesFileRowAndColumn(String row, String message) throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(false, "村,代收人,日期,金额", row));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aPersonCountMustBeWhole() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(false, "村,代收人,日期,金额,人数",
                "甲村,李四,2023-11-01,380,1.5"));
        assertEquals("文件 代收台账.csv 第 2 行「人数」列：人数「1.5」不是整数", e.getMessage());
    }

    @Test
    void aCountysRecordNeedsItsTowns() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(true, "村,代收人,日期,金额", "甲村,李四,2023-11-01,380"));
        assertEquals(true, e.getMessage().startsWith("文件 代收台账.csv 第 1 行：缺少列 镇街"), e.getMessage());
    }
}
