package zhengjiao.domain;

/**
 * A person of the roster (参保台账): who should be insured, and where.
 *
 * @param id        the normalised resident ID (15-digit numbers upgraded to 18)
 * @param name      姓名
 * @param town      镇街 ("" when the roster has none)
 * @param village   村名
 * @param phone     联系电话 ("" when none)
 * @param category  人员类别 ("" when none): internal only, never on a public list
 * @param household 户号 ("" when none)
 * @param row       the row in the roster file
 */
public record RosterPerson(String id, String name, String town, String village, String phone, String category,
                           String household, int row) {
}
