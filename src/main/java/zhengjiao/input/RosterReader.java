package zhengjiao.input;

import java.nio.file.Path;
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

    /** Receives the roster's rows as they are read. */
    public interface Handler {
        /** A valid row; its ID may still repeat an earlier row's (the handler decides). */
        void person(RosterPerson person);

        /** A row not taken: "file 第 N 行：reason". */
        void problem(String problem);
    }

    /** Streams the roster; place names and categories are shared between rows to keep a county's roster small. */
    public static void read(Path file, Handler handler) {
        Map<String, String> shared = new HashMap<>();
        List<Column> columns = List.of(PaymentDumpReader.ID, PaymentDumpReader.NAME, PaymentDumpReader.TOWN,
                PaymentDumpReader.VILLAGE, PHONE, CATEGORY, HOUSEHOLD);
        Table.read(file, columns, (h, row) -> {
            String id = ResidentId.upgrade(row.text(h.indexOf(PaymentDumpReader.ID)));
            Optional<String> problem = row.isNumeric(h.indexOf(PaymentDumpReader.ID))
                    ? Optional.of("证件号码在 Excel 中被存成数字，末几位已丢失") : ResidentId.problem(id);
            if (problem.isPresent()) {
                handler.problem(file.getFileName() + " 第 " + row.number() + " 行：" + problem.get());
                return;
            }
            handler.person(new RosterPerson(id, PlaceNames.clean(row.text(h.indexOf(PaymentDumpReader.NAME))),
                    share(shared, Values.tidy(row.text(h.indexOf(PaymentDumpReader.TOWN)))),
                    share(shared, Values.tidy(row.text(h.indexOf(PaymentDumpReader.VILLAGE)))),
                    PlaceNames.clean(row.text(h.indexOf(PHONE))), share(shared, Values.tidy(row.text(h.indexOf(CATEGORY)))),
                    Values.tidy(row.text(h.indexOf(HOUSEHOLD))), row.number()));
        });
    }

    private static String share(Map<String, String> shared, String text) {
        return shared.computeIfAbsent(text, t -> t);
    }
}
