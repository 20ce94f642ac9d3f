package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.ResidentId;
import zhengjiao.domain.RosterPerson;

/**
 * Reads the roster of people who should be insured (参保台账): 证件号码, 姓名, 镇街, 村名, and optionally 联系电话,
 * 人员类别 and 户号. Rows with an invalid ID, or an ID already listed, are kept aside as problems.
 */
public final class RosterReader {

    static final Column HOUSEHOLD = Column.optional("户号", "户号", "户编号", "家庭编号");
    static final Column PHONE = Column.optional("联系电话", "联系电话", "电话", "手机号码", "手机", "联系方式");
    static final Column CATEGORY = Column.optional("人员类别", "人员类别", "资助类别", "特殊人群类别", "类别", "身份类别");

    private RosterReader() {
    }

    /**
     * The roster.
     *
     * @param file     the file
     * @param people   the valid, distinct people in file order
     * @param problems rows not taken, each "file 第 N 行：reason"
     */
    public record Roster(Path file, List<RosterPerson> people, List<String> problems) {
        public Roster {
            people = List.copyOf(people);
            problems = List.copyOf(problems);
        }
    }

    public static Roster read(Path file) {
        List<RosterPerson> people = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Column> columns = List.of(PaymentDumpReader.ID, PaymentDumpReader.NAME, PaymentDumpReader.TOWN,
                PaymentDumpReader.VILLAGE, PHONE, CATEGORY, HOUSEHOLD);
        Table.read(file, columns, (h, row) -> {
            String id = ResidentId.upgrade(row.text(h.indexOf(PaymentDumpReader.ID)));
            Optional<String> problem = row.isNumeric(h.indexOf(PaymentDumpReader.ID))
                    ? Optional.of("证件号码在 Excel 中被存成数字，末几位已丢失") : ResidentId.problem(id);
            if (problem.isPresent()) {
                problems.add(file.getFileName() + " 第 " + row.number() + " 行：" + problem.get());
                return;
            }
            Integer before = seen.putIfAbsent(id, row.number());
            if (before != null) {
                problems.add(file.getFileName() + " 第 " + row.number() + " 行：与第 " + before + " 行是同一个人（证件号码相同）");
                return;
            }
            people.add(new RosterPerson(id, PlaceNames.clean(row.text(h.indexOf(PaymentDumpReader.NAME))),
                    Values.tidy(row.text(h.indexOf(PaymentDumpReader.TOWN))),
                    Values.tidy(row.text(h.indexOf(PaymentDumpReader.VILLAGE))),
                    PlaceNames.clean(row.text(h.indexOf(PHONE))), Values.tidy(row.text(h.indexOf(CATEGORY))),
                    Values.tidy(row.text(h.indexOf(HOUSEHOLD))), row.number()));
        });
        return new Roster(file, people, problems);
    }
}
