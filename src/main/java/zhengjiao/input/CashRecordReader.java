package zhengjiao.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import zhengjiao.domain.CashEntry;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.Redact;
import zhengjiao.domain.RowRef;

/**
 * Reads one file of the collecting agents' cash record (代收台账): 镇街, 村, 代收人, 日期, 金额 and optionally 人数, 险种,
 * 票据号, 备注. Notice 003 (峄城 2024) 四（三）1 has village agents collect the pension and medical contributions during
 * the collection phase, and 六（二） requires 钱表相符 — the money collected equals the register; notice 002 (鱼台 2024)
 * 七（一） has towns and villages collect, cash as the fallback. This record is the money side of that comparison.
 *
 * <p>The record is read strictly: a date or amount that cannot be read, a blank village, or a 人数 that is not a whole
 * number stops with an {@link InputException} naming the file, the row and the column. A blank 镇街, 村 or 代收人
 * cell takes the value of the row above (what merged cells look like when exported); rows whose 镇街, 村 or 代收人
 * says 合计, 总计 or 小计 are totals and skipped.
 */
public final class CashRecordReader {

    static final Column TOWN = Column.optional("镇街", "镇街", "乡镇", "所属乡镇", "镇(街道)", "乡镇(街道)", "所属镇街",
            "镇街名称", "街道(乡镇)");
    static final Column VILLAGE = Column.required("村", "村", "村居", "村(居)委会", "所属村居", "村居委会", "村名", "村(居)",
            "村(社区)", "村居名称", "所属村", "社区");
    static final Column AGENT = Column.required("代收人", "代收人", "代办员", "经办人", "收款人", "协办员", "代收人员", "代办人");
    static final Column DATE = Column.required("日期", "日期", "代收日期", "收款日期", "上缴日期", "缴款日期");
    static final Column AMOUNT = Column.required("金额", "金额", "代收金额", "上缴金额", "收款金额", "金额(元)");
    static final Column PERSONS = Column.optional("人数", "人数", "代收人数", "缴费人数");
    static final Column INSURANCE = Column.optional("险种", "险种", "险种名称");
    static final Column RECEIPT = Column.optional("票据号", "票据号", "票据号码", "收据号", "收据编号", "票号");
    static final Column NOTE = Column.optional("备注", "备注", "说明");

    private CashRecordReader() {
    }

    /**
     * Reads every row of {@code file}.
     *
     * @param file         the file
     * @param shownName    how reports name it (its path under the campaign folder, e.g. 代收台账/底阁镇.xlsx)
     * @param fileIndex    its index among the run's cash record files
     * @param townRequired a county's campaign: a record without a 镇街 column is an error
     * @return the entries in file order (totals rows left out)
     * @throws InputException naming the file, row and column of the first cell that cannot be read
     */
    public static List<CashEntry> read(Path file, String shownName, int fileIndex, boolean townRequired) {
        Column town = townRequired ? new Column(TOWN.name(), TOWN.aliases(), true) : TOWN;
        List<Column> columns = List.of(town, VILLAGE, AGENT, DATE, AMOUNT, PERSONS, INSURANCE, RECEIPT, NOTE);
        List<CashEntry> out = new ArrayList<>();
        String[] above = {"", "", ""};
        Table.read(file, columns, (h, row) -> {
            String townText = carried(row.text(h.indexOf(TOWN)), above, 0);
            String villageText = carried(row.text(h.indexOf(VILLAGE)), above, 1);
            String agentText = carried(row.text(h.indexOf(AGENT)), above, 2);
            if (isTotal(townText) || isTotal(villageText) || isTotal(agentText)) {
                return;
            }
            int n = row.number();
            if (villageText.isEmpty()) {
                throw InputException.at(file, n, VILLAGE.name(), "村为空（每行须写明代收的村居）");
            }
            String dateText = Values.tidy(row.text(h.indexOf(DATE)));
            LocalDate date = Values.date(dateText);
            if (date == null) {
                throw InputException.at(file, n, DATE.name(), dateText.isEmpty() ? "日期为空"
                        : "无法识别的日期「" + Redact.quote(dateText) + "」（应写作 2023-10-21、2023/10/21 或 2023年10月21日）");
            }
            String amountText = Values.tidy(row.text(h.indexOf(AMOUNT)));
            Long fen = Values.fen(amountText);
            if (fen == null) {
                throw InputException.at(file, n, AMOUNT.name(), amountText.isEmpty() ? "金额为空"
                        : "无法识别的金额「" + Redact.quote(amountText) + "」（应为元，最多两位小数，如 380 或 1,140.00）");
            }
            Insurance insurance = h.has(INSURANCE) ? Insurance.classify(row.text(h.indexOf(INSURANCE))) : null;
            out.add(new CashEntry(new RowRef(fileIndex, shownName, n), townText, villageText, agentText, date, fen,
                    persons(file, n, row.text(h.indexOf(PERSONS))), insurance,
                    note(row.text(h.indexOf(RECEIPT)), row.text(h.indexOf(NOTE)))));
        });
        return out;
    }

    /** The cell's text without spaces, or the row above's when blank (merged cells exported). */
    private static String carried(String raw, String[] above, int slot) {
        String text = PlaceNames.clean(raw);
        if (text.isEmpty()) {
            return above[slot];
        }
        above[slot] = text;
        return text;
    }

    private static boolean isTotal(String text) {
        return text.startsWith("合计") || text.startsWith("总计") || text.startsWith("小计");
    }

    private static OptionalInt persons(Path file, int row, String raw) {
        String s = Values.tidy(raw).replace("人", "").strip();
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        if (s.matches("\\d{1,6}(\\.0+)?")) {
            return OptionalInt.of(Integer.parseInt(s.replaceAll("\\.0+$", "")));
        }
        throw InputException.at(file, row, PERSONS.name(), "人数「" + Redact.quote(s) + "」不是整数");
    }

    private static String note(String receipt, String remark) {
        String a = Values.tidy(receipt);
        String b = Values.tidy(remark);
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "；" + b;
    }
}
