package zhengjiao.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.Contact;
import zhengjiao.domain.PlaceNames;

/**
 * The contact directory (联系方式一览表) and, against last year's, what changed per town and side.
 *
 * @param contacts this year's entries in file order
 * @param changes  the changes against last year's directory (empty without one)
 * @param compared whether last year's directory was given
 */
public record ContactDirectory(List<Contact> contacts, List<Change> changes, boolean compared) {

    public ContactDirectory {
        contacts = List.copyOf(contacts);
        changes = List.copyOf(changes);
    }

    /**
     * One changed entry.
     *
     * @param town   镇街
     * @param side   医保办 or 税务分局
     * @param what   更换人员, 更换电话, 更换人员和电话, 新增, 删除
     * @param before last year's person and phone
     * @param after  this year's person and phone
     */
    public record Change(String town, String side, String what, String before, String after) {
    }

    public static ContactDirectory build(List<Contact> now, List<Contact> lastYear) {
        if (lastYear == null) {
            return new ContactDirectory(now, List.of(), false);
        }
        Map<String, Contact> before = new HashMap<>();
        lastYear.forEach(c -> before.put(PlaceNames.townKey(c.town()), c));
        List<Change> changes = new ArrayList<>();
        for (Contact c : now) {
            Contact b = before.remove(PlaceNames.townKey(c.town()));
            if (b == null) {
                changes.add(new Change(c.town(), "医保办、税务分局", "新增镇街", "", c.medicalPerson() + " " + c.medicalPhone()
                        + "；" + c.taxPerson() + " " + c.taxPhone()));
                continue;
            }
            compare(changes, c.town(), "医保办", b.medicalPerson(), b.medicalPhone(), c.medicalPerson(), c.medicalPhone());
            compare(changes, c.town(), "税务分局", b.taxPerson(), b.taxPhone(), c.taxPerson(), c.taxPhone());
        }
        for (Contact b : lastYear) {
            if (before.containsKey(PlaceNames.townKey(b.town()))) {
                changes.add(new Change(b.town(), "医保办、税务分局", "本年无此镇街", b.medicalPerson() + " " + b.medicalPhone()
                        + "；" + b.taxPerson() + " " + b.taxPhone(), ""));
            }
        }
        return new ContactDirectory(now, changes, true);
    }

    private static void compare(List<Change> changes, String town, String side, String personBefore, String phoneBefore,
                                String personNow, String phoneNow) {
        boolean person = !personBefore.equals(personNow);
        boolean phone = !phoneBefore.equals(phoneNow);
        if (!person && !phone) {
            return;
        }
        String what = person && phone ? "更换人员和电话" : person ? "更换人员" : "更换电话";
        changes.add(new Change(town, side, what, personBefore + " " + phoneBefore, personNow + " " + phoneNow));
    }

    /** The towns with any change, in order. */
    public List<String> changedTowns() {
        return changes.stream().map(Change::town).distinct().toList();
    }
}
