package zhengjiao.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import zhengjiao.domain.PersonNames;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.reconcile.Ledger;
import zhengjiao.report.PeopleReport;
import zhengjiao.report.PinyinOrder;

/**
 * The lists about people, written row by row ({@link ListBook}): the one-to-one reminder list (internal: full IDs
 * and phones), the public payer list for the notice board, whose data never holds a full ID, a full name, a phone
 * or a special-group label, and the internal 缴费人明细 that traces every counted payer to a file and row.
 *
 * <p>Every list goes by village: a town's campaign has a sheet per village; a county's a sheet per village within
 * its town (when the task table stops at towns, the villages are the ones the roster and the dumps name).
 */
public final class PeopleReports {

    public static final String REMINDERS_TEMPLATE = "未缴费提醒名单.xlsx";
    public static final String PUBLIC_TEMPLATE = "缴费名单公示.xlsx";
    public static final String DETAIL_TEMPLATE = "缴费人明细.xlsx";

    private final Templates templates;

    public PeopleReports(Templates templates) {
        this.templates = templates;
    }

    /**
     * One village's people as the lists show them.
     *
     * @param town     the town (a town's own campaign: the jurisdiction)
     * @param village  the village; empty for a unit the data gives no village
     * @param parent   the task-table line's figures (for a county whose table stops at towns: the town's)
     */
    record Unit(String town, String village, List<RosterPerson> unpaid, List<Ledger.Payer> payers,
                PeopleReport.VillagePeople parent, boolean split) {

        String label() {
            return town + village;
        }

        /** The body that signs the public list: the village committee (村民委员会, 社区居民委员会). */
        String committee() {
            if (village.isEmpty()) {
                return town + "医保办";
            }
            if (village.endsWith("社区") || village.endsWith("居委会")) {
                return village.endsWith("社区") ? village + "居民委员会" : village;
            }
            if (village.endsWith("村委会") || village.endsWith("委员会")) {
                return village;
            }
            return village + (village.endsWith("村") ? "村民委员会" : "村民委员会");
        }
    }

    /** The units of the lists, in the task table's order (villages of a town in pinyin order when the data gives them). */
    static List<Unit> units(PeopleReport people, Settings s, TaskTable table) {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < people.villages().size(); i++) {
            PeopleReport.VillagePeople v = people.villages().get(i);
            switch (table.level()) {
                case VILLAGES -> units.add(new Unit(s.jurisdiction(), v.name(), v.unpaid(), v.payers(), v, false));
                case TOWN_VILLAGES -> units.add(new Unit(table.villages().get(i).town(), v.name(), v.unpaid(), v.payers(), v,
                        false));
                case TOWNS -> units.addAll(split(v));
            }
        }
        return units;
    }

    /** A town's people by the village the roster (unpaid) or the counting payment (payers) names. */
    private static List<Unit> split(PeopleReport.VillagePeople town) {
        Map<String, String> shown = new HashMap<>();
        Map<String, List<RosterPerson>> unpaid = new HashMap<>();
        // the payers by their positions in the town's list (a county's payers are made one at a time, not kept)
        Map<String, IntList> payers = new HashMap<>();
        for (RosterPerson p : town.unpaid()) {
            String key = key(p.village(), shown);
            unpaid.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Ledger.Payer> all = town.payers();
        for (int i = 0; i < all.size(); i++) {
            String key = key(all.get(i).place(), shown);
            payers.computeIfAbsent(key, k -> new IntList()).add(i);
        }
        List<String> keys = new ArrayList<>(shown.keySet());
        keys.sort(Comparator.comparing((String k) -> k.isEmpty()).thenComparing(shown::get, PinyinOrder.comparator()));
        List<Unit> out = new ArrayList<>();
        for (String k : keys) {
            IntList at = payers.get(k);
            out.add(new Unit(town.name(), shown.get(k), unpaid.getOrDefault(k, List.of()),
                    at == null ? List.of() : new Picked<>(all, at.toArray()), town, true));
        }
        return out;
    }

    private static String key(String village, Map<String, String> shown) {
        String key = zhengjiao.report.UnpaidLedger.partKey(village);
        shown.putIfAbsent(key, PlaceNames.clean(village == null ? "" : village));
        return key;
    }

    /** 未缴费提醒名单: a summary by village (within towns), then a sheet per village with its unpaid roster people. */
    public void writeReminders(PeopleReport people, Settings s, TaskTable table, Path out) throws IOException {
        String asOf = Reports.chineseDay(people.asOf());
        boolean townUnits = table.level() == TaskTable.Level.TOWNS;
        String elsewhere = townUnits ? "在其他镇街缴费" : "在其他村缴费";
        List<Unit> units = units(people, s, table);
        int[] total = new int[4];
        for (PeopleReport.VillagePeople v : people.villages()) {
            total[0] += v.roster();
            total[1] += paid(v);
            total[2] += v.unpaid().size();
            total[3] += v.elsewhere();
        }
        try (ListBook book = new ListBook(templates, REMINDERS_TEMPLATE, List.of("汇总"))) {
            Map<String, Object> head = new HashMap<>();
            head.put("unitLabel", townUnits ? "镇街（村）" : table.level() == TaskTable.Level.TOWN_VILLAGES ? "镇街、村" : "村名");
            head.put("elsewhereLabel", elsewhere);
            head.put("title", s.jurisdiction() + s.policyYear() + "年度居民医保未缴费人员汇总（截至" + asOf + "）");
            head.put("subtitle", "按参保台账核对：台账 " + total[0] + " 人，已缴费 " + total[1] + " 人，未缴费 " + total[2] + " 人，"
                    + elsewhere + " " + total[3] + " 人");
            String summary = book.plan("汇总", "汇总", head);
            List<String> sheets = new ArrayList<>();
            List<Unit> listed = new ArrayList<>();
            for (Unit u : units) {
                if (u.unpaid().isEmpty()) {
                    continue;
                }
                Map<String, Object> t = new HashMap<>();
                t.put("title", u.label() + "未缴费人员一对一提醒名单（截至" + asOf + "）");
                PeopleReport.VillagePeople v = u.parent();
                t.put("subtitle", (u.split() ? "本村未缴费 " + u.unpaid().size() + " 人（" + u.town() + "台账 " + v.roster()
                        + " 人，已缴费 " + paid(v) + " 人，" + elsewhere + " " + v.elsewhere() + " 人）。"
                        : "台账 " + v.roster() + " 人，已缴费 " + paid(v) + " 人，" + elsewhere + " " + v.elsewhere() + " 人，未缴费 "
                        + u.unpaid().size() + " 人。") + "内部资料，含完整身份证号码和电话，不得公开。");
                sheets.add(book.plan("村", u.village().isEmpty() ? u.town() : u.split() || table.level()
                        == TaskTable.Level.TOWN_VILLAGES ? u.town() + u.village() : u.village(), t));
                listed.add(u);
            }
            book.start();
            ListBook.ListSheet sum = book.sheet(summary);
            String town = null;
            for (Unit u : units) {
                if (townUnits && town != null && !town.equals(u.town())) {
                    townRow(sum, people, town);
                }
                town = u.town();
                PeopleReport.VillagePeople v = u.parent();
                if (u.split()) {
                    sum.row("r", values("name", zhengjiao.report.UnpaidLedger.partLabel(u.village()), "unpaid",
                            u.unpaid().size()));
                } else {
                    sum.row("r", values("name", table.level() == TaskTable.Level.TOWN_VILLAGES ? u.town() + u.village()
                            : u.village(), "roster", v.roster(), "paid", paid(v), "unpaid", v.unpaid().size(), "elsewhere",
                            v.elsewhere()));
                }
            }
            if (townUnits && town != null) {
                townRow(sum, people, town);
            }
            sum.row("total", values("name", "合计", "roster", total[0], "paid", total[1], "unpaid", total[2], "elsewhere",
                    total[3]));
            sum.row("note", values("note", "说明：已缴费指本人的缴费记录计入本" + (townUnits ? "镇街" : "村") + "；" + elsewhere
                    + "的人不列入未缴名单（见核对清单“人员核对”）。" + (townUnits ? "各镇街下按参保台账的村名分列未缴费人数，"
                    + "每村一张表。" : "各村未缴人员见后面各表，每村一张。")));
            sum.finish();
            for (int k = 0; k < listed.size(); k++) {
                Unit u = listed.get(k);
                ListBook.ListSheet sheet = book.sheet(sheets.get(k));
                int seq = 0;
                for (RosterPerson p : u.unpaid()) {
                    reminderRow(sheet, ++seq, p, u.parent().advice().getOrDefault(p.id(), ""));
                }
                // the standard reasons as a drop-down, written with the rows (a county's list is never re-read for it)
                sheet.dropDown("未缴原因", zhengjiao.domain.UnpaidReason.labels(), "可从下拉列表选择标准原因，也可直接填写");
                sheet.row("note", values("note", "说明：按户号、姓名（拼音）排序。请逐人提醒，填写提醒日期、提醒人和未缴原因（如参军、上学、"
                        + "务工、婚迁、服刑、已在外地参保等），并留存佐证资料。"));
                sheet.finish();
            }
            book.write(out);
        }
    }

    /** One unpaid person's line of the reminder list (a method of its own: a county writes a hundred thousand). */
    private static void reminderRow(ListBook.ListSheet sheet, int n, RosterPerson p, String advice) {
        sheet.row("r", key -> switch (key) {
            case "r.seq" -> n;
            case "r.household" -> p.household();
            case "r.name" -> p.name();
            case "r.id" -> p.id();
            case "r.phone" -> p.phone();
            case "r.category" -> p.category();
            case "r.advice" -> advice;
            default -> null;
        });
    }

    private static void townRow(ListBook.ListSheet sum, PeopleReport people, String town) {
        for (PeopleReport.VillagePeople v : people.villages()) {
            if (v.name().equals(town)) {
                sum.row("sub", values("name", town + " 小计", "roster", v.roster(), "paid", paid(v), "unpaid", v.unpaid().size(),
                        "elsewhere", v.elsewhere()));
            }
        }
    }

    private static int paid(PeopleReport.VillagePeople v) {
        return v.roster() - v.unpaid().size() - v.elsewhere();
    }

    /** Values for a prototype row: keys without the row's prefix ("name" answers "r.name", "sub.name" …). */
    private static Function<String, Object> values(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return key -> m.get(key.contains(".") ? key.substring(key.indexOf('.') + 1) : key);
    }

    /** The line a public list without payers shows: "截至 2022-10-08 暂无缴费人". */
    static String nobody(LocalDate asOf) {
        return "截至 " + asOf + " 暂无缴费人";
    }

    /** The publicity period: as set, else from the day after the report date for 7 days. */
    static LocalDate[] period(Settings s, LocalDate asOf) {
        LocalDate start = s.people().publicityStart().orElse(asOf.plusDays(1));
        LocalDate end = s.people().publicityEnd().orElse(start.plusDays(6));
        return new LocalDate[] {start, end};
    }

    /** A warning for the log when the set publicity period ended before the data date. */
    public static Optional<String> publicityWarning(Settings s, LocalDate asOf) {
        LocalDate end = period(s, asOf)[1];
        if (end.isBefore(asOf)) {
            return Optional.of("注意：设置的公示期（至 " + end + "）在数据日期 " + asOf + " 之前已经结束，缴费名单公示上已注明；"
                    + "请在 campaign.yaml 中改「公示开始」「公示结束」");
        }
        return Optional.empty();
    }

    /**
     * 缴费名单公示, for the notice board: a sheet per village with payers, three name columns across an A4 page (at
     * least 120 payers a page), in pinyin order down each column; names and IDs masked, nothing else about the
     * person; the publicity period, the data date, 监督电话 and the village committee's 落款. When no village has a
     * payer yet, one sheet saying so ({@link #nobody}).
     */
    public void writePublicList(PeopleReport people, Settings s, TaskTable table, Path out) throws IOException {
        LocalDate[] period = period(s, people.asOf());
        String periodText = "公示期：" + Reports.chineseDay(period[0]) + "至" + Reports.chineseDay(period[1]);
        String late = period[1].isBefore(people.asOf()) ? "（注意：公示期在数据日期之前已结束，请重新确定公示期）" : "";
        String phone = s.people().supervisionPhone().isBlank() ? "" : "监督电话：" + s.people().supervisionPhone() + "。";
        List<Unit> units = units(people, s, table).stream().filter(u -> !u.payers().isEmpty()).toList();
        try (ListBook book = new ListBook(templates, PUBLIC_TEMPLATE)) {
            List<String> sheets = new ArrayList<>();
            for (Unit u : units) {
                Map<String, Object> t = new HashMap<>();
                String place = u.village().isEmpty() ? u.town() + "（清册未写村居）" : u.label();
                t.put("title", (table.level() == TaskTable.Level.VILLAGES ? s.jurisdiction() + u.village() : place)
                        + s.policyYear() + "年度城乡居民医保缴费名单公示");
                t.put("subtitle", periodText + late + "　数据截至：" + Reports.chineseDay(people.asOf()) + "　共 " + u.payers().size()
                        + " 人缴费");
                sheets.add(book.plan("公示", u.village().isEmpty() ? u.town() : table.level() == TaskTable.Level.VILLAGES
                        ? u.village() : u.town() + u.village(), t));
            }
            if (units.isEmpty()) {
                Map<String, Object> t = new HashMap<>();
                t.put("title", s.jurisdiction() + s.policyYear() + "年度城乡居民医保缴费名单公示");
                t.put("subtitle", periodText + late + "　" + nobody(people.asOf()));
                sheets.add(book.plan("公示", s.jurisdiction(), t));
            }
            book.start();
            for (int k = 0; k < sheets.size(); k++) {
                ListBook.ListSheet sheet = book.sheet(sheets.get(k));
                String committee;
                if (units.isEmpty()) {
                    sheet.row("note", values("note", "截至统计日，任务分解表中的各村（居）、镇街都还没有计入的缴费人，本表暂无名单；"
                            + "有人缴费后重新运行即生成各村的公示名单。名称与任务分解表不符的缴费人见核对清单“未匹配村居”。" + phone));
                    committee = s.jurisdiction() + "医保办";
                } else {
                    Unit u = units.get(k);
                    columns(sheet, u.payers(), s);
                    sheet.row("note", values("note", "以上为截至" + Reports.chineseDay(people.asOf()) + "已缴纳" + s.policyYear()
                            + "年度城乡居民基本医疗保险费的人员，按姓名拼音排序。公示期内如有异议，请向" + u.committee()
                            + "或" + u.town() + "医保办反映。" + phone + "为保护个人信息，姓名和身份证号码部分隐藏。" + late));
                    committee = u.committee();
                }
                sheet.row("sign", values("sign", committee + "（盖章）"));
                sheet.row("signDate", values("signDate", Reports.chineseDay(period[0])));
                sheet.finish();
            }
            book.write(out);
        }
    }

    /** Payers down the first column of a page, then the second, the third; a page full, the next page. */
    private static void columns(ListBook.ListSheet sheet, List<Ledger.Payer> payers, Settings s) {
        int groups = sheet.groups("r");
        PublicCell[] cells = publicCells(sheet.keys("r"));
        int index = 0;
        while (index < payers.size()) {
            int perColumn = Math.max(1, sheet.rowsLeftOnPage("r"));
            int remaining = payers.size() - index;
            int rows = Math.min(perColumn, (remaining + groups - 1) / groups);
            int base = index;
            Ledger.Payer[] line = new Ledger.Payer[groups];
            for (int i = 0; i < rows; i++) {
                publicRow(sheet, cells, payers, s, groups, base, rows, i, line);
            }
            index += Math.min(remaining, rows * groups);
            if (index < payers.size()) {
                sheet.pageBreak();
            }
        }
    }

    /**
     * What a placeholder of a public-list row shows: of group {@code group} (0-based; <code>${c2.name}</code> → 1),
     * the field (0 seq, 1 name, 2 id, -1 nothing).
     */
    private record PublicCell(int group, int field) {
    }

    private static PublicCell[] publicCells(List<String> keys) {
        PublicCell[] out = new PublicCell[keys.size()];
        for (int k = 0; k < out.length; k++) {
            String key = keys.get(k);
            int dot = key.indexOf('.');
            int g = -1;
            if (dot > 1 && key.charAt(0) == 'c' && key.substring(1, dot).chars().allMatch(Character::isDigit)) {
                g = Integer.parseInt(key.substring(1, dot)) - 1;
            }
            int field = key.endsWith(".seq") ? 0 : key.endsWith(".name") ? 1 : key.endsWith(".id") ? 2 : -1;
            out[k] = new PublicCell(g, g < 0 ? -1 : field);
        }
        return out;
    }

    /** Line {@code line} of a page of the public list: the payers at {@code base + g * rows + line} side by side. */
    private static void publicRow(ListBook.ListSheet sheet, PublicCell[] cells, List<Ledger.Payer> payers, Settings s, int groups,
                                  int base, int rows, int line, Ledger.Payer[] shown) {
        // each payer of the line made once (a group shows several fields of the same person)
        for (int g = 0; g < groups; g++) {
            int at = base + g * rows + line;
            shown[g] = at < payers.size() ? payers.get(at) : null;
        }
        sheet.rowOfKeys("r", key -> {
            PublicCell cell = cells[key];
            int g = cell.group();
            if (g < 0 || g >= groups || cell.field() < 0 || shown[g] == null) {
                return null;
            }
            Ledger.Payer p = shown[g];
            return switch (cell.field()) {
                case 0 -> base + g * rows + line + 1;
                case 1 -> PersonNames.mask(p.name());
                default -> ResidentId.mask(p.id(), s.people().idKeepHead(), s.people().idKeepTail());
            };
        });
    }

    /**
     * At county level with villages under towns, one sheet per town (its villages one after another, each payer's
     * 村居 as the dump wrote it in its own column): a county of a thousand villages would otherwise get a thousand
     * sheets, and a workbook's cost grows with its sheets. Elsewhere the units as they are.
     */
    private static List<Unit> byTown(List<Unit> units, TaskTable table) {
        if (table.level() != TaskTable.Level.TOWN_VILLAGES) {
            return units;
        }
        Map<String, List<List<Ledger.Payer>>> parts = new LinkedHashMap<>();
        for (Unit u : units) {
            parts.computeIfAbsent(u.town(), t -> new ArrayList<>()).add(u.payers());
        }
        // the villages' lists one after another, not copied (a county's payers are made one at a time as written)
        Map<String, List<Ledger.Payer>> payers = new LinkedHashMap<>();
        parts.forEach((town, lists) -> payers.put(town, new Joined<>(lists)));
        List<Unit> towns = new ArrayList<>();
        payers.forEach((town, list) -> towns.add(new Unit(town, "", List.of(), list, null, false)));
        return towns;
    }

    /** Some items of a list, by position, as an unmodifiable list (a view: nothing is copied). */
    static final class Picked<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final List<T> items;
        private final int[] at;

        Picked(List<T> items, int[] at) {
            this.items = items;
            this.at = at;
        }

        @Override
        public T get(int index) {
            return items.get(at[index]);
        }

        @Override
        public int size() {
            return at.length;
        }
    }

    /** A growing list of ints. */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int item) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = item;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }

    /** Lists one after another, as one unmodifiable list (a view: nothing is copied). */
    static final class Joined<T> extends java.util.AbstractList<T> implements java.util.RandomAccess {
        private final List<List<T>> parts;
        /** Where each part starts in the whole. */
        private final int[] starts;
        private final int size;

        Joined(List<List<T>> parts) {
            this.parts = List.copyOf(parts);
            this.starts = new int[parts.size()];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                starts[i] = at;
                at += parts.get(i).size();
            }
            this.size = at;
        }

        @Override
        public T get(int index) {
            java.util.Objects.checkIndex(index, size);
            int part = java.util.Arrays.binarySearch(starts, index);
            if (part < 0) {
                part = -part - 2;
            }
            // empty parts share their start with the next: the last part starting at or before index holds it
            while (part + 1 < starts.length && starts[part + 1] == index) {
                part++;
            }
            return parts.get(part).get(index - starts[part]);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<T> iterator() {
            // part by part: no search per item, nothing buffered
            return new java.util.Iterator<>() {
                private int part;
                private int at;

                @Override
                public boolean hasNext() {
                    while (part < parts.size() && at >= parts.get(part).size()) {
                        part++;
                        at = 0;
                    }
                    return part < parts.size();
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return parts.get(part).get(at++);
                }
            };
        }
    }

    /** What each placeholder of a 缴费人明细 row shows. */
    private enum DetailField { SEQ, ID, NAME, DATE, AMOUNT, CHANNEL, PLACE, FILE, ROW, NONE }

    /** Per key of the row prototype ({@link ListBook.ListSheet#keys}), the field it shows. */
    private static DetailField[] detailFields(List<String> keys) {
        DetailField[] out = new DetailField[keys.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = switch (keys.get(k)) {
                case "r.seq" -> DetailField.SEQ;
                case "r.id" -> DetailField.ID;
                case "r.name" -> DetailField.NAME;
                case "r.date" -> DetailField.DATE;
                case "r.amount" -> DetailField.AMOUNT;
                case "r.channel" -> DetailField.CHANNEL;
                case "r.place" -> DetailField.PLACE;
                case "r.file" -> DetailField.FILE;
                case "r.row" -> DetailField.ROW;
                default -> DetailField.NONE;
            };
        }
        return out;
    }

    /**
     * The texts and amounts 缴费人明细 repeats from row to row (a county's payers pay on a few dozen days, mostly the
     * standard amount), each made once.
     */
    private static final class DetailTexts {
        private final Map<LocalDate, String> dates = new HashMap<>();
        private final Map<Long, BigDecimal> amounts = new HashMap<>();

        String date(LocalDate d) {
            return dates.size() < 4096 ? dates.computeIfAbsent(d, LocalDate::toString) : d.toString();
        }

        BigDecimal amount(long fen) {
            return amounts.size() < 4096 ? amounts.computeIfAbsent(fen, f -> BigDecimal.valueOf(f, 2)) : BigDecimal.valueOf(fen, 2);
        }
    }

    /** One payer's line of 缴费人明细 (a method of its own: a million of them are written). */
    private static void detailRow(ListBook.ListSheet sheet, DetailField[] fields, DetailTexts texts, int n, Ledger.Payer p) {
        sheet.rowOfKeys("r", key -> switch (fields[key]) {
            case SEQ -> n;
            case ID -> p.id();
            case NAME -> p.name();
            case DATE -> texts.date(p.date());
            case AMOUNT -> texts.amount(p.amountFen());
            case CHANNEL -> p.government() ? "代缴" : "自缴";
            case PLACE -> p.place();
            case FILE -> p.source() == null ? "" : p.source().fileName();
            case ROW -> p.source() == null ? null : p.source().row();
            case NONE -> null;
        });
    }

    /**
     * 缴费人明细 (internal): every counted payer per village with the payment they count by — date, amount, the dump's
     * 村居 text, and the file and row it was read from — so that every figure of the ranking can be traced.
     */
    public void writePayerDetail(PeopleReport people, Settings s, TaskTable table, Path out) throws IOException {
        List<Unit> units = byTown(units(people, s, table).stream().filter(u -> !u.payers().isEmpty()).toList(), table);
        String asOf = Reports.chineseDay(people.asOf());
        try (ListBook book = new ListBook(templates, DETAIL_TEMPLATE)) {
            List<String> sheets = new ArrayList<>();
            for (Unit u : units) {
                Map<String, Object> t = new LinkedHashMap<>();
                boolean town = table.level() == TaskTable.Level.TOWN_VILLAGES;
                t.put("title", (town ? u.town() : u.village().isEmpty() ? u.town() + "（清册未写村居）" : u.label())
                        + "缴费人明细（截至" + asOf + "）");
                t.put("subtitle", "共 " + u.payers().size() + " 人，每人一行：计入所依据的首笔缴费及其清册文件和行号。内部资料，含完整身份证号码，不得公开。");
                sheets.add(book.plan("村", u.village().isEmpty() ? u.town() : table.level() == TaskTable.Level.VILLAGES
                        ? u.village() : u.town() + u.village(), t));
            }
            if (units.isEmpty()) {
                Map<String, Object> t = new HashMap<>();
                t.put("title", s.jurisdiction() + "缴费人明细（截至" + asOf + "）");
                t.put("subtitle", nobody(people.asOf()));
                sheets.add(book.plan("村", s.jurisdiction(), t));
            }
            book.start();
            DetailTexts texts = new DetailTexts();
            for (int k = 0; k < sheets.size(); k++) {
                ListBook.ListSheet sheet = book.sheet(sheets.get(k));
                if (!units.isEmpty()) {
                    int seq = 0;
                    DetailField[] fields = detailFields(sheet.keys("r"));
                    for (Ledger.Payer p : units.get(k).payers()) {
                        detailRow(sheet, fields, texts, ++seq, p);
                    }
                }
                sheet.row("note", values("note", "说明：一人一行（按身份证号去重），按姓名拼音排序；缴费日期、金额为计入所依据的首笔缴费，"
                        + "同一税票在多个清册中出现时写最先读到的文件和行号。重复缴费、退费见核对清单。"));
                sheet.finish();
            }
            book.write(out);
        }
    }
}
