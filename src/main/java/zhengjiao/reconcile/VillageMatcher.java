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
 * Matches the 村居 (and at county level the 乡镇(街道)) text of a payment row to a line of the task table,
 * tolerant of spaces, full-width characters, the suffixes 村/社区/居委会/村委会 and 镇/街道/乡, and a leading
 * county or town prefix ("朱集镇刘寨村委会" = 刘寨村; "滕州市北辛街道" = 北辛). Texts that match nothing get a
 * stable negative code and are kept under 未匹配.
 */
final class VillageMatcher {

    private final TaskTable table;
    private final String townKey;
    private final String parentClean;
    private final String jurisdictionClean;
    private final Map<String, Integer> cache = new HashMap<>();
    /** At county level, the cache per town text (no key is built per row). */
    private final Map<String, Map<String, Integer>> byTown = new HashMap<>();
    private final List<String> unmatched = new ArrayList<>();
    private final Map<String, Integer> unmatchedByKey = new HashMap<>();

    VillageMatcher(TaskTable table, Settings settings) {
        this.table = table;
        this.townKey = PlaceNames.townKey(settings.jurisdiction());
        this.parentClean = PlaceNames.clean(settings.parent());
        this.jurisdictionClean = PlaceNames.clean(settings.jurisdiction());
    }

    /** The line index (>= 0), or {@code -1 - k} for the k-th distinct unmatched text. */
    int match(String village, String town) {
        Map<String, Integer> byVillage = table.level() == TaskTable.Level.VILLAGES ? cache
                : byTown.computeIfAbsent(town, t -> new HashMap<>());
        Integer cached = byVillage.get(village);
        if (cached != null) {
            return cached;
        }
        int code = switch (table.level()) {
            case VILLAGES -> resolveVillage(village, townKey).orElseGet(() -> unmatchedCode(shown(village)));
            case TOWNS -> resolveTown(town).flatMap(table::indexOfKey).orElseGet(() -> unmatchedCode(shown(town)));
            case TOWN_VILLAGES -> resolveTown(town)
                    .flatMap(t -> resolveVillageInTown(village, t))
                    .orElseGet(() -> unmatchedCode(shown(town) + "/" + shown(village)));
        };
        byVillage.put(village, code);
        return code;
    }

    /**
     * The task table's own spelling of a place written another way (北辛 → 北辛街道, 刘寨村村民委员会 → 刘寨村), as
     * {town, village}; a part the table does not know stays as written (cleaned). Nothing is registered as unmatched.
     */
    String[] canonical(String town, String village) {
        String townShown = PlaceNames.clean(town);
        String villageShown = PlaceNames.clean(village);
        switch (table.level()) {
            case VILLAGES -> {
                Optional<Integer> v = villageShown.isEmpty() ? Optional.empty() : resolveVillage(village, townKey);
                return new String[] {townShown, v.map(i -> table.villages().get(i).name()).orElse(villageShown)};
            }
            case TOWNS -> {
                Optional<Integer> t = townShown.isEmpty() ? Optional.empty() : resolveTown(town).flatMap(table::indexOfKey);
                return new String[] {t.map(i -> table.villages().get(i).name()).orElse(townShown), villageShown};
            }
            default -> {
                Optional<String> t = townShown.isEmpty() ? Optional.empty() : resolveTown(town);
                if (t.isEmpty()) {
                    return new String[] {townShown, villageShown};
                }
                Optional<Integer> v = villageShown.isEmpty() ? Optional.empty() : resolveVillageInTown(village, t.get());
                return new String[] {table.townOfKey(t.get()).orElse(townShown),
                    v.map(i -> table.villages().get(i).name()).orElse(villageShown)};
            }
        }
    }

    private static String shown(String raw) {
        String cleaned = PlaceNames.clean(raw);
        return cleaned.isEmpty() ? "（空）" : cleaned;
    }

    /** The key of a town of the table named by {@code raw}, if any. */
    private Optional<String> resolveTown(String raw) {
        String cleaned = PlaceNames.clean(raw);
        for (String prefix : List.of(parentClean, jurisdictionClean)) {
            if (!prefix.isEmpty() && cleaned.startsWith(prefix) && cleaned.length() > prefix.length()) {
                cleaned = cleaned.substring(prefix.length());
            }
        }
        String key = PlaceNames.townKey(cleaned);
        return table.townOfKey(key).isPresent() || table.level() == TaskTable.Level.TOWNS && table.indexOfKey(key).isPresent()
                ? Optional.of(key) : Optional.empty();
    }

    private Optional<Integer> resolveVillageInTown(String raw, String town) {
        Optional<Integer> direct = table.indexOfKey(town + "|" + PlaceNames.villageKey(raw));
        if (direct.isPresent()) {
            return direct;
        }
        String withoutTown = PlaceNames.withoutTownPrefix(stripParent(PlaceNames.clean(raw)), town);
        Optional<Integer> prefixed = table.indexOfKey(town + "|" + PlaceNames.villageKey(withoutTown));
        if (prefixed.isPresent()) {
            return prefixed;
        }
        for (String tail : PlaceNames.tailsAfterPrefixes(PlaceNames.clean(raw))) {
            Optional<Integer> found = table.indexOfKey(town + "|" + PlaceNames.villageKey(tail));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> resolveVillage(String raw, String town) {
        Optional<Integer> direct = table.indexOfKey(PlaceNames.villageKey(raw));
        if (direct.isPresent()) {
            return direct;
        }
        String withoutTown = PlaceNames.withoutTownPrefix(stripParent(PlaceNames.clean(raw)), town);
        Optional<Integer> prefixed = table.indexOfKey(PlaceNames.villageKey(withoutTown));
        if (prefixed.isPresent()) {
            return prefixed;
        }
        for (String tail : PlaceNames.tailsAfterPrefixes(PlaceNames.clean(raw))) {
            Optional<Integer> found = table.indexOfKey(PlaceNames.villageKey(tail));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private String stripParent(String cleaned) {
        return !parentClean.isEmpty() && cleaned.startsWith(parentClean) ? cleaned.substring(parentClean.length()) : cleaned;
    }

    private int unmatchedCode(String shown) {
        return unmatchedByKey.computeIfAbsent(shown, k -> {
            unmatched.add(k);
            return -unmatched.size();
        });
    }

    /**
     * The task-table line an unmatched text most likely meant: the one whose key (村名 without suffixes, or
     * 镇街 / 村名 at county level) is nearest by edit distance, when it is near enough (at most one edit in three
     * characters, at least one) and no other line is as near.
     */
    Optional<String> nearest(String shown) {
        String[] parts = table.level() == TaskTable.Level.TOWN_VILLAGES && shown.contains("/")
                ? shown.split("/", 2) : new String[] {"", shown};
        String town = PlaceNames.townKey(parts[0]);
        String place = table.level() == TaskTable.Level.TOWNS ? PlaceNames.townKey(parts[1]) : PlaceNames.villageKey(parts[1]);
        int best = Integer.MAX_VALUE;
        String found = null;
        boolean tie = false;
        for (var v : table.villages()) {
            String key = table.level() == TaskTable.Level.TOWNS ? PlaceNames.townKey(v.name()) : PlaceNames.villageKey(v.name());
            int d = distance(place, key) + (table.level() == TaskTable.Level.TOWN_VILLAGES
                    ? distance(town, PlaceNames.townKey(v.town())) : 0);
            if (d < best) {
                best = d;
                found = table.level() == TaskTable.Level.TOWN_VILLAGES ? v.town() + "/" + v.name() : v.name();
                tie = false;
            } else if (d == best) {
                tie = true;
            }
        }
        int length = (town + place).codePointCount(0, (town + place).length());
        return found != null && !tie && best > 0 && best <= Math.max(1, length / 3) ? Optional.of(found) : Optional.empty();
    }

    /** Levenshtein distance between two texts, by code point. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }

    /** The text of an unmatched code. */
    String unmatchedName(int code) {
        return unmatched.get(-code - 1);
    }
}
