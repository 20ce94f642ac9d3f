package zhengjiao.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import zhengjiao.domain.PlaceNames;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;

/**
 * Matches the 村居 text of a payment row to a village of the task table, tolerant of spaces,
 * full-width characters, the suffixes 村/社区/居委会/村委会 and a leading "县/镇" prefix
 * ("朱集镇刘寨村委会" = 刘寨村). Texts that match nothing get a stable negative code and are kept.
 */
final class VillageMatcher {

    private final TaskTable table;
    private final String townKey;
    private final String parentClean;
    private final Map<String, Integer> cache = new HashMap<>();
    private final List<String> unmatched = new ArrayList<>();
    private final Map<String, Integer> unmatchedByKey = new HashMap<>();

    VillageMatcher(TaskTable table, Settings settings) {
        this.table = table;
        this.townKey = PlaceNames.townKey(settings.jurisdiction());
        this.parentClean = PlaceNames.clean(settings.parent());
    }

    /** The village index (>= 0), or {@code -1 - k} for the k-th distinct unmatched text. */
    int match(String raw) {
        Integer cached = cache.get(raw);
        if (cached != null) {
            return cached;
        }
        int code = resolve(raw).orElseGet(() -> unmatchedCode(raw));
        cache.put(raw, code);
        return code;
    }

    private Optional<Integer> resolve(String raw) {
        Optional<Integer> direct = table.indexOfKey(PlaceNames.villageKey(raw));
        if (direct.isPresent()) {
            return direct;
        }
        String cleaned = PlaceNames.clean(raw);
        if (!parentClean.isEmpty() && cleaned.startsWith(parentClean)) {
            cleaned = cleaned.substring(parentClean.length());
        }
        String withoutTown = PlaceNames.withoutTownPrefix(cleaned, townKey);
        return table.indexOfKey(PlaceNames.villageKey(withoutTown));
    }

    private int unmatchedCode(String raw) {
        String shown = PlaceNames.clean(raw).isEmpty() ? "（空）" : PlaceNames.clean(raw);
        return unmatchedByKey.computeIfAbsent(shown, k -> {
            unmatched.add(k);
            return -unmatched.size();
        });
    }

    /** The cleaned text of an unmatched code. */
    String unmatchedName(int code) {
        return unmatched.get(-code - 1);
    }
}
