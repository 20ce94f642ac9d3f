package zhengjiao.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.Tag;

/**
 * The village agents' cash record (代收台账) of a county sample ({@code sample --preset … --cash-record}): about a third
 * of the self-paid medical payments made in the window are collected by their village's agent (notice 003 四（三）1,
 * 委托代收) — in the dumps their 缴费渠道 is 村居代收 and a 代收人 column names the agent — and {@value #FILE} lists what
 * each agent collected per day (人数, 金额). Three differences are planted, chosen by the seed: a missing deposit (one
 * day's line holds one payer more than the register: collected, never entered), an amount written 100 元 short, and
 * an agent whose name the record writes another way (a homophone of the last character).
 */
final class CashRecordSample {

    /** The record's file name in the campaign folder. */
    static final String FILE = "代收台账.xlsx";
    /** Per cent of the eligible payments an agent collects. */
    private static final int SHARE = 35;
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN_FIRST = "秀玉桂建国志海春淑晓";
    /** Last characters with a homophone the variant takes: 英 ↔ 瑛, 芳 ↔ 方 … */
    private static final String[][] HOMOPHONES = {{"英", "瑛"}, {"芳", "方"}, {"丽", "莉"}, {"华", "桦"}, {"军", "君"},
        {"明", "鸣"}, {"红", "宏"}, {"梅", "玫"}, {"静", "靖"}, {"伟", "玮"}};

    /**
     * What was planted, for the summary and the tests.
     *
     * @param missingDeposit the village (镇街/村) whose record holds one payer more than the register
     * @param shortAmount    the village whose record is 100 元 short
     * @param agent          the agent as the register names them
     * @param variant        the same agent as the record writes them
     */
    record Planted(String missingDeposit, String shortAmount, String agent, String variant) {
    }

    /** One line of the record: an agent's collections on one day. */
    private static final class Line {
        int persons;
        long yuan;
        String agent;
    }

    private final long seed;
    private final CountyPreset preset;
    /** Lines by town number, village, agent and day (sorted keys give the record's order). */
    private final Map<String, Line> lines = new TreeMap<>();
    private final Map<String, String[]> keys = new TreeMap<>();

    CashRecordSample(long seed, CountyPreset preset) {
        this.seed = seed;
        this.preset = preset;
    }

    /** A dump style with the 代收人 column added. */
    static CsvDump.Style withAgentColumn(CsvDump.Style s) {
        List<String> header = new ArrayList<>(s.header());
        header.add("代收人");
        return new CsvDump.Style(s.fileName(), s.charset(), s.bom(), header, s.dates(), s.period(), s.usualAmount(),
                s.recordSeparator(), s.firstDay(), s.lastDay());
    }

    /**
     * The row as the dumps write it: collected by the village's agent when the payment is one an agent took (a
     * first, self-paid, positive medical payment of the year in the window, in a known town, with a valid ID, picked by
     * the seed).
     *
     * @param payment   the payment's index
     * @param town      the town's index in the plan, negative for an unknown town
     * @param townName  the town's name in the task table
     * @param row       the row as it would be written
     * @param day       the payment's day from the window's first day
     */
    DumpRow collect(int payment, int town, String townName, DumpRow row, int day) {
        if (town < 0 || row.idStyle().invalid() || row.kind() != Kind.MEDICAL || row.tag() != Tag.FIRST || row.channel() == Channel.GOVERNMENT
                || row.amount() <= 0 || day >= preset.calendar().days()
                || Long.remainderUnsigned(Roster.mix(seed * 31 + payment), 100) >= SHARE) {
            return row;
        }
        String agent = agentOf(town, row.village());
        LocalDate date = row.time().toLocalDate();
        String key = String.format("%03d|%s|%s|%s", town, row.village(), agent, date);
        keys.putIfAbsent(key, new String[] {townName, row.village(), date.toString()});
        Line line = lines.computeIfAbsent(key, k -> new Line());
        line.agent = agent;
        line.persons++;
        line.yuan += row.amount();
        return row.collectedBy(agent);
    }

    /** The agent of a village: a name drawn from the village and the seed, its last character one with a homophone. */
    private String agentOf(int town, String village) {
        long h = Roster.mix(seed ^ (town * 1_000_003L) ^ ((long) village.hashCode() << 20));
        int surname = (int) Long.remainderUnsigned(h, SURNAMES.length());
        int first = (int) Long.remainderUnsigned(h >>> 12, GIVEN_FIRST.length());
        int last = (int) Long.remainderUnsigned(h >>> 24, HOMOPHONES.length);
        return SURNAMES.charAt(surname) + "" + GIVEN_FIRST.charAt(first) + HOMOPHONES[last][0];
    }

    private static String variant(String agent) {
        String last = agent.substring(agent.length() - 1);
        for (String[] pair : HOMOPHONES) {
            if (pair[0].equals(last)) {
                return agent.substring(0, agent.length() - 1) + pair[1];
            }
        }
        return agent + "某";
    }

    /**
     * Plants the three differences and writes {@value #FILE} into {@code folder}.
     *
     * @return what was planted
     */
    Planted write(Path folder) throws IOException {
        List<String> villages = new ArrayList<>();
        for (String key : lines.keySet()) {
            String village = key.substring(0, key.lastIndexOf('|', key.lastIndexOf('|') - 1));
            if (!villages.contains(village)) {
                villages.add(village);
            }
        }
        if (villages.size() < 3) {
            throw new IllegalStateException("示例中代收的村少于 3 个，无法放入差异");
        }
        SplittableRandom rng = new SplittableRandom(seed ^ 0x636173685245L);
        List<String> picked = new ArrayList<>();
        while (picked.size() < 3) {
            String v = villages.get(rng.nextInt(villages.size()));
            if (!picked.contains(v)) {
                picked.add(v);
            }
        }
        Line missing = firstLine(picked.get(0));
        missing.persons++;
        missing.yuan += preset.money().standard();
        Line shortLine = firstLine(picked.get(1));
        shortLine.yuan -= 100;
        String agent = firstLine(picked.get(2)).agent;
        String variant = variant(agent);
        lines.forEach((key, line) -> {
            if (key.startsWith(picked.get(2) + "|")) {
                line.agent = variant;
            }
        });
        writeWorkbook(folder.resolve(FILE));
        return new Planted(shown(picked.get(0)), shown(picked.get(1)), agent, variant);
    }

    private Line firstLine(String village) {
        return lines.entrySet().stream().filter(e -> e.getKey().startsWith(village + "|")).findFirst().orElseThrow().getValue();
    }

    private String shown(String village) {
        String key = lines.keySet().stream().filter(k -> k.startsWith(village + "|")).findFirst().orElseThrow();
        String[] k = keys.get(key);
        return k[0] + "/" + k[1];
    }

    private void writeWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("代收台账");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            sheet.createRow(0).createCell(0).setCellValue(preset.place().county() + preset.calendar().year()
                    + "年度城乡居民医保村居代收台账（示例，虚构）");
            List<String> header = List.of("序号", "镇街", "村", "代收人", "日期", "人数", "金额", "险种");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            Row head = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                head.createCell(c).setCellValue(header.get(c));
            }
            int r = 2;
            for (Map.Entry<String, Line> e : lines.entrySet()) {
                String[] k = keys.get(e.getKey());
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 1);
                row.createCell(1).setCellValue(k[0]);
                row.createCell(2).setCellValue(k[1]);
                row.createCell(3).setCellValue(e.getValue().agent);
                row.createCell(4).setCellValue(LocalDate.parse(k[2]));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(e.getValue().persons);
                row.createCell(6).setCellValue(e.getValue().yuan);
                row.getCell(6).setCellStyle(money);
                row.createCell(7).setCellValue("城乡居民基本医疗保险");
                r++;
            }
            int[] widths = {6, 10, 14, 8, 11, 6, 10, 22};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
