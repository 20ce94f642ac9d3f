package zhengjiao.domain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task decomposition table (任务分解表): the units in their published order with their tasks. A town's
 * table lists villages; a county's lists towns, or villages under towns. Names are unique after the tolerant
 * keys of {@link PlaceNames}.
 */
public final class TaskTable {

    /** What the lines of a table are. */
    public enum Level {
        /** A town's table: one line per village (村名). */
        VILLAGES("村名"),
        /** A county's table: one line per town (镇街). */
        TOWNS("镇街"),
        /** A county's table: villages under towns (镇街, 村名); towns are ranked on their sums. */
        TOWN_VILLAGES("村名");

        private final String unitLabel;

        Level(String unitLabel) {
            this.unitLabel = unitLabel;
        }

        /** The header of the name column in reports: 村名 or 镇街. */
        public String unitLabel() {
            return unitLabel;
        }

        /** Whether the campaign is a county's (towns are ranked). */
        public boolean isCounty() {
            return this != VILLAGES;
        }
    }

    private final Path file;
    private final Level level;
    private final List<Village> villages;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, String> towns = new LinkedHashMap<>();

    public TaskTable(Path file, List<Village> villages) {
        this(file, villages, Level.VILLAGES);
    }

    public TaskTable(Path file, List<Village> villages, Level level) {
        this.file = file;
        this.level = level;
        this.villages = List.copyOf(villages);
        for (int i = 0; i < this.villages.size(); i++) {
            Village v = this.villages.get(i);
            Integer before = byKey.putIfAbsent(keyOf(v), i);
            if (before != null) {
                Village b = this.villages.get(before);
                throw InputException.at(file, v.row(), level.unitLabel(), "「" + label(v) + "」与第 " + b.row() + " 行「"
                        + label(b) + "」重复");
            }
            if (level.isCounty()) {
                towns.putIfAbsent(PlaceNames.townKey(v.town()), v.town());
            }
        }
    }

    private String label(Village v) {
        return level == Level.TOWN_VILLAGES ? v.town() + v.name() : v.name();
    }

    private String keyOf(Village v) {
        return switch (level) {
            case VILLAGES -> PlaceNames.villageKey(v.name());
            case TOWNS -> PlaceNames.townKey(v.name());
            case TOWN_VILLAGES -> PlaceNames.townKey(v.town()) + "|" + PlaceNames.villageKey(v.name());
        };
    }

    public Path file() {
        return file;
    }

    public Level level() {
        return level;
    }

    public List<Village> villages() {
        return villages;
    }

    public int size() {
        return villages.size();
    }

    /** The index of the line whose key equals {@code key} (village key, town key, or "town|village"). */
    public Optional<Integer> indexOfKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** At county level, the towns in table order (their names as written). */
    public List<String> towns() {
        return new ArrayList<>(towns.values());
    }

    /** At county level, the town written in the table for a town key. */
    public Optional<String> townOfKey(String townKey) {
        return Optional.ofNullable(towns.get(townKey));
    }

    public int totalTask() {
        return villages.stream().mapToInt(Village::task).sum();
    }
}
