package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import zhengjiao.domain.Contact;
import zhengjiao.domain.InputException;
import zhengjiao.domain.PlaceNames;

/**
 * Reads a contact directory (经办窗口及联系方式一览表): 镇街, the 医保办 contact and phone, the 税务分局 contact and
 * phone. A person and phone may share one cell ("时晓慧  2691900") as in the published notices.
 */
public final class ContactTableReader {

    static final Column TOWN = Column.required("镇街", "镇街", "乡镇(街道)", "乡镇", "镇(街道)");
    static final Column MEDICAL = Column.required("医保办联系人", "医保办联系人", "医保办", "医保联系人", "医保办联系人及联系电话",
            "医保办联系人及电话");
    static final Column MEDICAL_PHONE = Column.optional("医保办电话", "医保办电话", "医保办联系电话", "医保电话");
    static final Column TAX = Column.required("税务分局联系人", "税务分局联系人", "税务分局", "税务联系人",
            "税务分局联系人及联系电话", "税务分局联系人及电话");
    static final Column TAX_PHONE = Column.optional("税务分局电话", "税务分局电话", "税务分局联系电话", "税务电话");
    private static final Pattern PERSON_AND_PHONE = Pattern.compile("(.*?)[\\s　]*([0-9][0-9\\-－]{4,})\\s*$");

    private ContactTableReader() {
    }

    public static List<Contact> read(Path file) {
        List<Contact> out = new ArrayList<>();
        Table.read(file, List.of(TOWN, MEDICAL, MEDICAL_PHONE, TAX, TAX_PHONE), (h, row) -> {
            String town = Values.tidy(row.text(h.indexOf(TOWN)));
            if (town.isEmpty() || town.replace(" ", "").startsWith("合计")) {
                return;
            }
            String[] medical = split(row.text(h.indexOf(MEDICAL)), row.text(h.indexOf(MEDICAL_PHONE)));
            String[] tax = split(row.text(h.indexOf(TAX)), row.text(h.indexOf(TAX_PHONE)));
            out.add(new Contact(PlaceNames.clean(town), medical[0], medical[1], tax[0], tax[1], row.number()));
        });
        if (out.isEmpty()) {
            throw InputException.at(file, 0, null, "联系方式表中没有任何镇街");
        }
        return out;
    }

    /** {person, phone}: from two cells, or from one cell holding both. */
    static String[] split(String personCell, String phoneCell) {
        String person = Values.tidy(personCell);
        String phone = PlaceNames.clean(phoneCell);
        if (phone.isEmpty()) {
            Matcher m = PERSON_AND_PHONE.matcher(person);
            if (m.matches()) {
                return new String[] {PlaceNames.clean(m.group(1)), PlaceNames.clean(m.group(2))};
            }
        }
        return new String[] {PlaceNames.clean(person), phone};
    }
}
