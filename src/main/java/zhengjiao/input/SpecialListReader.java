package zhengjiao.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Listing;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.ResidentId;

/**
 * Reads a department's list of special-group people (one file per department in {@code special/}): 姓名, 证件号码,
 * 人员类别, and optionally 认定部门, 认定日期, 镇街, 村名 and 配偶证件号码. A row with an invalid ID is kept, with its
 * problem, for the checklist.
 */
public final class SpecialListReader {

    static final Column CATEGORY = Column.optional("人员类别", "人员类别", "类别", "资助类别", "代缴类别", "人员身份",
            "身份类别", "认定类别", "特殊人群类别", "困难类别", "救助类别");
    static final Column DEPARTMENT = Column.optional("认定部门", "认定部门", "部门", "认定单位", "提供部门", "责任部门");
    static final Column DATE = Column.optional("认定日期", "认定日期", "认定时间", "领证日期", "发证日期", "审批日期", "纳入日期");
    static final Column SPOUSE = Column.optional("配偶证件号码", "配偶证件号码", "配偶身份证号码", "配偶身份证号", "女方证件号码",
            "女方身份证号码");
    static final Column NAME = Column.required("姓名", "姓名", "人员姓名", "参保人姓名", "名字");

    private SpecialListReader() {
    }

    /** Reads one list that has a 人员类别 column; the department defaults to the file name without its extension. */
    public static List<Listing> read(Path file) {
        return read(file, name -> Optional.empty());
    }

    /**
     * Reads one list; the department defaults to the file name without its extension. A list without a 人员类别
     * column takes its category from the file name through {@code categoryInName} (农村低保人员查询_20221101.xlsx →
     * 低保对象).
     *
     * @throws InputException naming the file when it cannot be read, when it has no 人员类别 column and its name names
     *                        no single category, or when a row has an empty category or a date that is not a date
     */
    public static List<Listing> read(Path file, java.util.function.Function<String, Optional<String>> categoryInName) {
        String fileName = file.getFileName().toString();
        String fallback = fileName.replaceFirst("\\.[^.]+$", "");
        List<Listing> out = new ArrayList<>();
        List<Column> columns = List.of(PaymentDumpReader.ID, NAME, CATEGORY, DEPARTMENT, DATE, PaymentDumpReader.TOWN,
                PaymentDumpReader.VILLAGE_OPTIONAL, SPOUSE);
        java.util.concurrent.atomic.AtomicReference<Optional<String>> fromName = new java.util.concurrent.atomic.AtomicReference<>();
        Table.read(file, columns, (h, row) -> {
            if (fromName.get() == null) {
                fromName.set(h.has(CATEGORY) ? Optional.empty() : Optional.of(categoryInName.apply(fileName)
                        .orElseThrow(() -> InputException.at(file, h.rowNumber(), null, "没有「人员类别」列（可写作："
                                + String.join("/", CATEGORY.aliases()) + "），文件名也没有指明唯一的类别；请加一列人员类别，"
                                + "或把文件名改为含类别的名称（如 农村低保人员名单.xlsx）"))));
            }
            String rawId = row.text(h.indexOf(PaymentDumpReader.ID));
            String id = ResidentId.upgrade(rawId);
            Optional<String> problem = row.isNumeric(h.indexOf(PaymentDumpReader.ID))
                    ? Optional.of("证件号码在 Excel 中被存成数字，末几位已丢失") : ResidentId.problem(id);
            String category = fromName.get().orElseGet(() -> Values.tidy(row.text(h.indexOf(CATEGORY))));
            if (category.isEmpty()) {
                throw InputException.at(file, row.number(), CATEGORY.name(), "人员类别为空");
            }
            String dateText = Values.tidy(row.text(h.indexOf(DATE)));
            LocalDate date = Values.date(dateText);
            if (!dateText.isEmpty() && date == null) {
                throw InputException.at(file, row.number(), DATE.name(), "「" + dateText + "」不是日期（如 2015-06-30）");
            }
            String department = Values.tidy(row.text(h.indexOf(DEPARTMENT)));
            String spouse = Values.tidy(row.text(h.indexOf(SPOUSE)));
            out.add(new Listing(fileName, row.number(), problem.isPresent() ? Values.tidy(rawId) : id, problem,
                    PlaceNames.clean(row.text(h.indexOf(NAME))), category, department.isEmpty() ? fallback : department,
                    Optional.ofNullable(date), Values.tidy(row.text(h.indexOf(PaymentDumpReader.TOWN))),
                    Values.tidy(row.text(h.indexOf(PaymentDumpReader.VILLAGE_OPTIONAL))),
                    spouse.isEmpty() ? "" : ResidentId.upgrade(spouse)));
        });
        return out;
    }

    /** The form a category is compared in: NFKC, no spaces, ASCII brackets. */
    public static String categoryKey(String category) {
        return zhengjiao.domain.Nfkc.of(category).replaceAll("[\\s\\u200B]+", "");
    }
}
