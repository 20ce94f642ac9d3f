package zhengjiao.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import zhengjiao.domain.Exclusion;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.PaymentRow;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.Redact;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RowRef;

/**
 * Streams one tax-system payment dump (征收清册) and hands each row to a {@link Sink} as a parsed
 * {@link PaymentRow} or as an {@link Exclusion} naming the column that could not be read.
 */
public final class PaymentDumpReader {

    static final Column ID = Column.required("证件号码", "证件号码", "身份证号码", "身份证号", "公民身份号码", "证件号",
            "身份证件号码", "缴费人证件号码", "参保人证件号码", "社会保障号码", "公民身份证号码", "缴费人身份证件号码",
            "缴费人识别号", "纳税人识别号");
    static final Column NAME = Column.optional("姓名", "姓名", "缴费人姓名", "参保人姓名", "缴费人名称", "参保人", "缴费人", "纳税人名称");
    static final Column VILLAGE = Column.required("村(居)委会", "村(居)委会", "村居", "所属村居", "村名", "村(社区)", "村居委会",
            "村(居)", "所属村(居)", "村社区", "所属村", "村(居)名称", "所属村(社区)", "村(社区)名称", "村");
    /** The village column where a file may leave it out (department lists). */
    static final Column VILLAGE_OPTIONAL = new Column(VILLAGE.name(), VILLAGE.aliases(), false);
    static final Column TOWN = Column.optional("乡镇(街道)", "乡镇(街道)", "镇街", "所属乡镇", "乡镇", "镇(街道)", "所属镇街",
            "乡镇街道", "所属乡镇(街道)", "街道(乡镇)", "乡镇(街道)名称");
    static final Column INSURANCE = Column.required("险种", "险种", "险种名称", "征收品目", "参保险种", "费种", "征收品目名称",
            "征收子目", "征收项目");
    static final Column YEAR = Column.required("费款所属期", "费款所属期", "所属期", "缴费年度", "费款所属年度", "所属年度",
            "参保年度", "费款所属期起止", "所属期起止", "费款所属期起", "所属期起", "费款所属期止", "所属期止");
    static final Column AMOUNT = Column.required("缴费金额", "缴费金额", "缴费金额(元)", "实缴金额", "金额", "实缴金额(元)",
            "缴费额", "金额(元)", "实缴费额");
    static final Column DATE = Column.required("缴费日期", "缴费日期", "入库日期", "缴款日期", "缴费时间", "缴款时间",
            "入库时间", "缴费日期时间");
    static final Column SERIAL = Column.required("电子税票号码", "电子税票号码", "电子税票号", "税票号码", "税票号", "票证号码",
            "票证号", "流水号", "缴费流水号");
    static final Column CHANNEL = Column.optional("缴费渠道", "缴费渠道", "缴费方式", "渠道");
    /** The village agent who collected the payment (委托代收, notice 003 四（三）1), in dumps that name one. */
    static final Column AGENT = Column.optional("代收人", "代收人", "代收人员", "代办员", "代办人", "协办员", "经办人", "操作员");
    static final List<Column> COLUMNS = List.of(ID, NAME, VILLAGE, TOWN, INSURANCE, YEAR, AMOUNT, DATE, SERIAL, CHANNEL,
            AGENT);

    /** Receives the rows of a dump. */
    public interface Sink {
        void payment(PaymentRow row);

        void excluded(Exclusion exclusion);

        /** Called every {@code PROGRESS_EVERY} rows and at the end of each file. */
        default void progress(String fileName, int rows) {
        }
    }

    /** How often {@link Sink#progress} is called. */
    public static final int PROGRESS_EVERY = 100_000;

    private PaymentDumpReader() {
    }

    /** Reads every row of {@code file}; returns the number of data rows. */
    public static int read(Path file, int fileIndex, Sink sink) {
        return read(file, fileIndex, sink, false);
    }

    /**
     * Reads every row of {@code file}; with {@code townRequired} (a county's campaign) a dump without a
     * 乡镇(街道) column is an error. Returns the number of data rows.
     */
    public static int read(Path file, int fileIndex, Sink sink, boolean townRequired) {
        String fileName = file.getFileName().toString();
        int[] count = {0};
        List<Column> columns = townRequired ? COLUMNS.stream()
                .map(c -> c == TOWN ? new Column(c.name(), c.aliases(), true) : c).toList() : COLUMNS;
        Cache cache = new Cache();
        Table.read(file, columns, (h, row) -> {
            count[0]++;
            parse(new RowRef(fileIndex, fileName, row.number()), row, h, sink, cache);
            if (count[0] % PROGRESS_EVERY == 0) {
                sink.progress(fileName, count[0]);
            }
        });
        sink.progress(fileName, count[0]);
        return count[0];
    }

    /**
     * Texts a dump repeats on every row (险种, 费款所属期) are read once per distinct text; the places and channels are
     * passed on as one string per distinct text (the ledger then hashes each once, and the rows waiting for it take
     * less memory).
     */
    private static final class Cache {
        /** Distinct texts kept per file at most (a broken file of all-different places must not fill the memory). */
        private static final int LIMIT = 20_000;
        final java.util.Map<String, String> texts = new java.util.HashMap<>();
        final java.util.Map<String, String> channels = new java.util.HashMap<>();
        final java.util.Map<String, Insurance> insurance = new java.util.HashMap<>();
        final java.util.Map<String, OptionalInt> years = new java.util.HashMap<>();

        String shared(String text) {
            return known(texts, text, t -> t);
        }

        /** 缴费渠道 tidied. */
        String channel(String text) {
            return known(channels, text, Values::tidy);
        }

        Insurance insurance(String text) {
            return known(insurance, text, Insurance::classify);
        }

        OptionalInt year(String text) {
            return known(years, text, Values::policyYear);
        }

        /** What {@code make} gives for {@code text}, made once per distinct text (up to {@link #LIMIT} texts). */
        private static <T> T known(java.util.Map<String, T> seen, String text, java.util.function.Function<String, T> make) {
            T known = seen.get(text);
            if (known == null && !seen.containsKey(text)) {
                known = make.apply(text);
                if (seen.size() < LIMIT) {
                    seen.put(text, known);
                }
            }
            return known;
        }
    }

    private static void parse(RowRef ref, SourceRow row, HeaderRow h, Sink sink, Cache cache) {
        String rawId = row.text(h.indexOf(ID));
        String name = Values.tidy(row.text(h.indexOf(NAME)));
        String village = cache.shared(row.text(h.indexOf(VILLAGE)));
        String amountText = row.text(h.indexOf(AMOUNT));
        String dateText = row.text(h.indexOf(DATE));
        String serial = Values.tidy(h.firstFilled(row, SERIAL));
        String agent = row.text(h.indexOf(AGENT));
        Exclusion.Kind kind = null;
        String reason = null;

        String id = ResidentId.normalize(rawId);
        if (row.isNumeric(h.indexOf(ID))) {
            kind = Exclusion.Kind.INVALID_ID;
            reason = "「证件号码」列：在 Excel 中被存成数字，末几位已丢失，无法还原（请让税务导出为文本）";
        } else {
            Optional<String> problem = ResidentId.problem(id);
            if (problem.isPresent()) {
                kind = Exclusion.Kind.INVALID_ID;
                reason = "「证件号码」列：" + problem.get();
            }
        }
        LocalDate date = Values.date(dateText);
        Long fen = Values.fen(amountText);
        Insurance insurance = cache.insurance(h.firstFilled(row, INSURANCE));
        OptionalInt year = cache.year(h.firstFilled(row, YEAR));
        if (kind == null) {
            if (date == null) {
                kind = Exclusion.Kind.UNREADABLE;
                reason = "「" + DATE.name() + "」列：无法识别的日期「" + Redact.quote(Values.tidy(dateText)) + "」";
            } else if (fen == null) {
                kind = Exclusion.Kind.UNREADABLE;
                reason = "「" + AMOUNT.name() + "」列：无法识别的金额「" + Redact.quote(Values.tidy(amountText)) + "」";
            } else if (insurance == null) {
                kind = Exclusion.Kind.UNREADABLE;
                reason = "「" + INSURANCE.name() + "」列为空";
            } else if (year.isEmpty()) {
                kind = Exclusion.Kind.UNREADABLE;
                reason = "「" + YEAR.name() + "」列：无法识别的所属期「" + Redact.quote(Values.tidy(h.firstFilled(row, YEAR))) + "」";
            }
        }
        if (kind != null) {
            sink.excluded(new Exclusion(ref, kind, Values.tidy(rawId), name, Values.tidy(village),
                    Values.tidy(amountText), Values.tidy(dateText), serial, reason));
            return;
        }
        if (row.isNumeric(h.indexOfFilled(row, SERIAL)) && serial.length() >= 16) {
            // a long serial stored as a number has lost its last digits, so two payments may now share it:
            // together with the date and the amount it still tells one payment from another
            serial = serial + "@" + date + "@" + Values.tidy(amountText);
        }
        sink.payment(new PaymentRow(ref, id, name, village, cache.shared(row.text(h.indexOf(TOWN))), insurance, year.getAsInt(),
                date, fen, serial, cache.channel(row.text(h.indexOf(CHANNEL))), agent.isEmpty() ? "" : PlaceNames.clean(agent)));
    }
}
