package zhengjiao.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard reasons why a roster person has not paid (未缴原因), offered as the reminder list's drop-down. Notice 004
 * names 参军、上学、务工、婚迁、服刑、无户口; 000 and 001 ask for the reason of every unpaid person to be recorded.
 *
 * <p>What a cadre types by hand is kept as typed; {@link #of(String)} maps it to a standard reason where it clearly
 * names one ("在苏州打工" is 外出务工), by the keywords below. When a text names several, the first in {@link #PRIORITY}
 * wins: a settled status (died, insured elsewhere, in the army) before a circumstance (working away, unreachable,
 * refusing), so "外出务工，已在外地参保" counts as 在外地参保.
 */
public enum UnpaidReason {
    WORKING_AWAY("外出务工", "务工", "打工", "外出", "在外工作", "外地工作", "出去工作", "外地上班"),
    INSURED_ELSEWHERE("在外地参保", "外地参保", "异地参保", "在外参保", "外省参保", "外地交", "外地缴", "在外地交", "在外地缴",
            "外地已参保", "已在外地"),
    EMPLOYEE_INSURANCE("参加职工医保", "职工医保", "职工医疗", "职工保险", "职工基本医疗", "单位缴", "单位交", "单位参保"),
    ARMY("参军", "当兵", "服役", "入伍", "部队", "现役"),
    STUDENT("上学（在外地参保）", "上学", "学生", "大学", "读书", "在校", "学校"),
    PRISON("服刑", "坐牢", "监狱", "在押", "羁押", "判刑"),
    DEAD("死亡", "去世", "已故", "病故", "过世", "身故", "亡故", "死了"),
    UNREACHABLE("失联", "联系不上", "无法联系", "下落不明", "找不到", "打不通", "空号", "停机", "不知去向"),
    DUPLICATE("重复人员", "重复"),
    NEWBORN("新生儿待登记", "新生儿", "刚出生", "未上户", "待登记"),
    HARDSHIP("经济困难", "家庭困难", "生活困难", "困难户", "没钱", "无力缴", "交不起", "缴不起"),
    REFUSED("拒绝缴费", "拒绝", "拒缴", "拒交", "不愿", "不想交", "不想缴", "不交", "不缴"),
    OTHER("其他");

    /** Which reason wins when a text names several: settled statuses first, circumstances last. */
    public static final List<UnpaidReason> PRIORITY = List.of(DEAD, DUPLICATE, EMPLOYEE_INSURANCE, STUDENT, INSURED_ELSEWHERE,
            ARMY, PRISON, NEWBORN, WORKING_AWAY, UNREACHABLE, HARDSHIP, REFUSED);

    /** The reasons that take a person out of who should be insured, unless the settings say otherwise. */
    public static final Set<UnpaidReason> EXCLUDED_BY_DEFAULT =
            Set.copyOf(EnumSet.of(INSURED_ELSEWHERE, EMPLOYEE_INSURANCE, ARMY, PRISON, DEAD, DUPLICATE));

    private final String label;
    private final List<String> keywords;

    UnpaidReason(String label, String... keywords) {
        this.label = label;
        this.keywords = List.of(keywords);
    }

    /** The label the drop-down offers, e.g. 外出务工. */
    public String label() {
        return label;
    }

    /** Every label, in drop-down order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(UnpaidReason::label).toList();
    }

    /** The reason whose label is exactly {@code text} (full-width forms, brackets and spaces aside). */
    public static Optional<UnpaidReason> byLabel(String text) {
        String key = key(text);
        return Arrays.stream(values()).filter(r -> key(r.label).equals(key)).findFirst();
    }

    /**
     * The standard reason {@code text} names: its label, or the reason whose keywords it contains (the first in
     * {@link #PRIORITY} when several); empty when it names none.
     */
    public static Optional<UnpaidReason> of(String text) {
        Optional<UnpaidReason> exact = byLabel(text);
        if (exact.isPresent()) {
            return exact;
        }
        String key = key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (UnpaidReason r : PRIORITY) {
            for (String k : r.keywords) {
                if (key.contains(key(k))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        return Nfkc.of(text == null ? "" : text).replaceAll("[\\s()（）]+", "");
    }
}
