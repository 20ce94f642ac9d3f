package zhengjiao.domain;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task decomposition table (任务分解表): the villages in their published order with their tasks.
 * Village names are unique after {@link PlaceNames#villageKey}.
 */
public final class TaskTable {

    private final Path file;
    private final List<Village> villages;
    private final Map<String, Integer> byKey = new HashMap<>();

    public TaskTable(Path file, List<Village> villages) {
        this.file = file;
        this.villages = List.copyOf(villages);
        for (int i = 0; i < this.villages.size(); i++) {
            Village v = this.villages.get(i);
            Integer before = byKey.putIfAbsent(v.key(), i);
            if (before != null) {
                throw InputException.at(file, v.row(), "村名", "「" + v.name() + "」与第 "
                        + this.villages.get(before).row() + " 行「" + this.villages.get(before).name() + "」是同一个村（名称重复）");
            }
        }
    }

    public Path file() {
        return file;
    }

    public List<Village> villages() {
        return villages;
    }

    public int size() {
        return villages.size();
    }

    /** The index of the village whose key equals {@code key}. */
    public Optional<Integer> indexOfKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public int totalTask() {
        return villages.stream().mapToInt(Village::task).sum();
    }
}
