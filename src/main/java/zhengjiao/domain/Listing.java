package zhengjiao.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a department's list of special-group people (资助/代缴人员名单, in {@code special/}).
 *
 * @param file       the list's file name
 * @param row        the row number in that file
 * @param id         the resident ID, normalised (15 digits upgraded); may be invalid, see {@code idProblem}
 * @param idProblem  why the ID is not valid, if it is not
 * @param name       姓名
 * @param category   人员类别 as written
 * @param department 认定部门: the column, or the file name when the list has none
 * @param certified  认定日期 (领证日期), if given and readable
 * @param town       镇街 as written ("" when none)
 * @param village    村名 as written ("" when none)
 * @param spouseId   配偶证件号码, normalised ("" when none), for rules on the wife's age
 */
public record Listing(String file, int row, String id, Optional<String> idProblem, String name, String category,
                      String department, Optional<LocalDate> certified, String town, String village, String spouseId) {

    public Listing {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }

    /** "民政局.xlsx 第 5 行", for notes. */
    public String where() {
        return file + " 第 " + row + " 行";
    }
}
