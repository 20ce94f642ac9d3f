package zhengjiao.render;

import static zhengjiao.render.CodeStyles.cell;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.domain.Settings;
import zhengjiao.reconcile.AgentPayments;
import zhengjiao.reconcile.CashReconciliation;

/**
 * 钱表相符核对_&lt;日期&gt;.xlsx (notice 003 六（二）: 做到钱表相符), built in code like the 趋势 sheet: 汇总 (per village the
 * record's and the register's agent-channel sums in 元, the difference, 人数 and 笔数, with 合计), 差异明细 (every
 * difference with the input rows it comes from) and 清册代收明细 (the register's agent-channel payments of the villages
 * with a difference, file and row each). Printed on A4 through {@link PaperFit}.
 */
public final class CashReports {

    /** The sheets' names. */
    public static final String SUMMARY = "汇总";
    public static final String DIFFERENCES = "差异明细";
    public static final String DETAIL = "清册代收明细";

    private CashReports() {
    }

    /**
     * Writes the workbook.
     *
     * @param result   the reconciliation
     * @param settings the campaign (its name and year in the titles)
     * @param county   whether a 镇街 column is shown (a county's campaign)
     * @param file     where to write
     */
    public static void write(CashReconciliation.Result result, Settings settings, boolean county, Path file)
            throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CodeStyles.Table st = new CodeStyles.Table(wb);

            String title = settings.jurisdiction() + settings.policyYear() + "年度代收资金钱表相符核对";
            summary(wb.createSheet(SUMMARY), st, result, county, title);
            differences(wb.createSheet(DIFFERENCES), st, result, county, title);
            if (!result.detail().isEmpty()) {
                detail(wb.createSheet(DETAIL), st, result, county, title);
            }
            PaperFit.workbook(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void summary(Sheet sheet, CodeStyles.Table st, CashReconciliation.Result r, boolean county, String title) {
        List<String> head = new ArrayList<>(List.of("序号", "镇街", "村居", "代收人", "台账人数", "台账金额（元）", "清册笔数",
                "清册金额（元）", "差额（元）", "核对结果"));
        int[] widths = {5, 9, 11, 13, 7, 11, 7, 11, 10, 11};
        Table t = new Table(sheet, st, head, widths, county);
        t.top(title + "（截至" + Reports.chineseDay(r.asOf()) + "）", r.note());
        int n = 1;
        for (CashReconciliation.Line line : r.villages()) {
            t.line(false, n++, line.town(), line.village(), String.join("、", line.agents()), line.cashPersons(),
                    line.cashFen(), line.registerCount(), line.registerFen(), line.differenceFen(),
                    line.differences() == 0 ? "相符" : "有 " + line.differences() + " 条差异");
        }
        CashReconciliation.Line total = r.total();
        t.line(true, null, "", "合计", "", total.cashPersons(), total.cashFen(), total.registerCount(), total.registerFen(),
                total.differenceFen(), total.differences() == 0 ? "相符" : "有 " + total.differences() + " 条差异");
        t.foot("说明：台账人数为代收台账“人数”列之和（没有该列的，每行算一人）；清册笔数为清册中经代收渠道的缴费笔数；差额为正表示台账"
                + "（收到的钱）多于清册（入账的钱）。各项差异及其所在的文件和行号见“" + DIFFERENCES + "”表。");
        t.finish();
    }

    private static void differences(Sheet sheet, CodeStyles.Table st, CashReconciliation.Result r, boolean county, String title) {
        List<String> head = List.of("序号", "镇街", "村居", "代收人", "类别", "台账金额（元）", "清册金额（元）", "差额（元）", "说明",
                "依据（文件和行号）");
        int[] widths = {5, 10, 12, 9, 12, 11, 11, 11, 30, 34}; // 依据 wide enough for a file name and its rows on a line
        Table t = new Table(sheet, st, head, widths, county);
        t.top(title + "：差异明细（截至" + Reports.chineseDay(r.asOf()) + "）", "共 " + r.differences().size() + " 条。每条写明所依据的代收台账和清册的"
                + "文件及行号；清册中涉及差异的各村的每笔代收缴费见“" + DETAIL + "”表。差额只对“台账有、清册无”“清册有、台账无”"
                + "“金额不符”给出；其余几类是需要核实的行。");
        int n = 1;
        for (CashReconciliation.Difference d : r.differences()) {
            String refs = d.cashRows().isEmpty() ? "清册 " + d.registerRows() : d.registerRows().isEmpty()
                    ? "台账 " + d.cashRows() : "台账 " + d.cashRows() + "\n清册 " + d.registerRows();
            boolean sums = d.kind() == CashReconciliation.Kind.ONLY_CASH || d.kind() == CashReconciliation.Kind.ONLY_REGISTER
                    || d.kind() == CashReconciliation.Kind.AMOUNT;
            t.line(false, n++, d.town(), d.village(), d.agent(), d.kind().label(), d.cashFen(), d.registerFen(),
                    sums ? d.differenceFen() : null, d.explanation(), refs);
        }
        if (r.differences().isEmpty()) {
            t.foot("代收台账与清册相符，没有差异。");
        }
        t.finish();
    }

    private static void detail(Sheet sheet, CodeStyles.Table st, CashReconciliation.Result r, boolean county, String title) {
        List<String> head = List.of("序号", "镇街", "村居", "代收人", "缴费人姓名", "缴费日期", "金额（元）", "税票号码", "清册文件",
                "行号");
        int[] widths = {6, 10, 12, 9, 10, 11, 10, 22, 22, 7};
        Table t = new Table(sheet, st, head, widths, county);
        t.top(title + "：清册代收明细（有差异的村）", "清册中经代收渠道、计入本次核对的每笔缴费，按村和代收人与代收台账逐笔比对。");
        int n = 1;
        for (AgentPayments.Payment p : r.detail()) {
            t.line(false, n++, p.town(), p.village(), p.agent(), p.name(), p.date().toString(), p.amountFen(), p.serial(),
                    p.source().fileName(), p.source().row());
        }
        t.finish();
    }

    /** Writes one code-built table: title and note rows, the header, lines, a closing note; A4 print setup. */
    private static final class Table {
        private final Sheet sheet;
        private final CodeStyles.Table st;
        private final List<String> head;
        private final int[] widths;
        private final boolean county;
        private int next;
        private int lastColumn;

        Table(Sheet sheet, CodeStyles.Table st, List<String> head, int[] widths, boolean county) {
            this.sheet = sheet;
            this.st = st;
            this.head = head;
            this.widths = widths;
            this.county = county;
        }

        /** The column of header {@code i}, or -1 when the 镇街 column is left out. */
        private int column(int i) {
            if (county || i < 1) {
                return i;
            }
            return i == 1 ? -1 : i - 1;
        }

        void top(String title, String note) {
            lastColumn = column(head.size() - 1);
            Row t = sheet.createRow(next++);
            t.setHeightInPoints(28);
            cell(t, 0, title, st.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, lastColumn));
            Row n = sheet.createRow(next++);
            cell(n, 0, note, st.note);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, lastColumn));
            Row h = sheet.createRow(next++);
            h.setHeightInPoints(30);
            for (int i = 0; i < head.size(); i++) {
                int c = column(i);
                if (c >= 0) {
                    cell(h, c, head.get(i), st.head);
                    sheet.setColumnWidth(c, widths[i] * 256 + 200);
                }
            }
        }

        /** One line; Integer and Long values are numbers (Long: fen shown as 元), others text. */
        void line(boolean total, Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                int c = column(i);
                if (c < 0) {
                    continue;
                }
                Object v = values[i];
                Cell cell = row.createCell(c);
                if (v instanceof Long fen) {
                    cell.setCellValue(BigDecimal.valueOf(fen, 2).doubleValue());
                    cell.setCellStyle(total ? st.totalMoney : st.money);
                } else if (v instanceof Integer k) {
                    cell.setCellValue(k);
                    cell.setCellStyle(total ? st.totalInt : st.integer);
                } else {
                    cell.setCellValue(v == null ? "" : v.toString());
                    cell.setCellStyle(total ? st.totalText : st.text);
                }
            }
        }

        void foot(String text) {
            next++;
            Row n = sheet.createRow(next);
            cell(n, 0, text, st.note);
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, lastColumn));
            next++;
        }

        void finish() {
            sheet.createFreezePane(0, 3);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0); // as many pages down as the lines need
            sheet.setRepeatingRows(new CellRangeAddress(0, 2, -1, -1));
            sheet.setHorizontallyCenter(true);
        }
    }
}
