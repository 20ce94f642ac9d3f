package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import zhengjiao.domain.InputException;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.SupervisionGroup;
import zhengjiao.domain.TaskTable;

/**
 * Reads the supervision-group table (督查分组表): 带队领导, 医保成员, 税务成员, 镇街. A group's towns come a row
 * each (the group's other cells left blank, as merged cells export) or as a list in one cell (北辛、姜屯).
 * Every town of the task table must be in exactly one group, and every town named must be in the task table.
 */
public final class GroupTableReader {

    static final Column LEADER = Column.required("带队领导", "带队领导", "组长", "带队");
    static final Column MEDICAL = Column.optional("医保成员", "医保成员", "医保局成员", "医保");
    static final Column TAX = Column.optional("税务成员", "税务成员", "税务局成员", "税务");
    static final Column TOWNS = Column.required("镇街", "镇街", "督查镇街", "负责镇街", "乡镇(街道)", "联系镇街");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;/\\n]+");
    private static final Pattern SPACES = Pattern.compile("[\\s　]+");

    private GroupTableReader() {
    }

    public static List<SupervisionGroup> read(Path file, TaskTable table) {
        if (!table.level().isCounty()) {
            throw InputException.at(file, 0, null, "督查分组表只用于县级征缴（任务分解表按镇街列出）");
        }
        List<String[]> groups = new ArrayList<>();
        List<List<String>> townTexts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        Table.read(file, List.of(LEADER, MEDICAL, TAX, TOWNS), (h, row) -> {
            String leader = person(row.text(h.indexOf(LEADER)));
            String towns = Values.tidy(row.text(h.indexOf(TOWNS)));
            if (!leader.isEmpty() || groups.isEmpty()) {
                groups.add(new String[] {leader, person(row.text(h.indexOf(MEDICAL))), person(row.text(h.indexOf(TAX)))});
                townTexts.add(new ArrayList<>());
                rows.add(row.number());
                if (leader.isEmpty()) {
                    throw InputException.at(file, row.number(), LEADER.name(), "第一组缺少带队领导");
                }
            }
            for (String part : SEPARATORS.split(towns)) {
                for (String t : townsIn(part, table)) {
                    townTexts.get(townTexts.size() - 1).add(t + "\u0000" + row.number());
                }
            }
        });
        List<String> problems = new ArrayList<>();
        Map<String, String> groupOfTown = new LinkedHashMap<>();
        List<SupervisionGroup> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> towns = new ArrayList<>();
            for (String entry : townTexts.get(g)) {
                String written = entry.substring(0, entry.indexOf('\u0000'));
                String row = entry.substring(entry.indexOf('\u0000') + 1);
                String key = PlaceNames.townKey(written);
                String inTable = table.townOfKey(key).orElse(null);
                if (inTable == null) {
                    problems.add("第 " + row + " 行的镇街「" + written + "」不在任务分解表中");
                    continue;
                }
                String before = groupOfTown.putIfAbsent(key, groups.get(g)[0]);
                if (before != null) {
                    problems.add("镇街「" + inTable + "」同时分在「" + before + "」组和「" + groups.get(g)[0] + "」组（第 " + row + " 行）");
                    continue;
                }
                towns.add(inTable);
            }
            out.add(new SupervisionGroup(g + 1, groups.get(g)[0], groups.get(g)[1], groups.get(g)[2], towns, rows.get(g)));
        }
        for (String town : table.towns()) {
            if (!groupOfTown.containsKey(PlaceNames.townKey(town))) {
                problems.add("镇街「" + town + "」没有分到任何督查组");
            }
        }
        if (!problems.isEmpty()) {
            throw InputException.at(file, 0, null, String.join("；", problems));
        }
        return out;
    }

    /**
     * The towns in one part of a cell, split at spaces; neighbouring pieces are joined when together they name
     * a town, so a name spaced out for printing ("龙  阳") stays one town beside "木石 南沙河".
     */
    private static List<String> townsIn(String part, TaskTable table) {
        String[] pieces = java.util.Arrays.stream(SPACES.split(part.strip())).filter(t -> !t.isBlank()).toArray(String[]::new);
        List<String> towns = new ArrayList<>();
        int i = 0;
        while (i < pieces.length) {
            int end = i + 1;
            for (int j = pieces.length; j > i + 1; j--) {
                if (table.townOfKey(PlaceNames.townKey(String.join("", java.util.Arrays.copyOfRange(pieces, i, j)))).isPresent()) {
                    end = j;
                    break;
                }
            }
            towns.add(String.join("", java.util.Arrays.copyOfRange(pieces, i, end)));
            i = end;
        }
        return towns;
    }

    /** A person's name without the spaces of justified printing ("鞠  峰" -> 鞠峰). */
    static String person(String raw) {
        return PlaceNames.clean(raw);
    }
}
