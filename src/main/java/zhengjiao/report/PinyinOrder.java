package zhengjiao.report;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chinese names in pinyin order, as officials sort lists (闫 among the Y's, not after 邹: the JDK's Chinese collator
 * follows GB2312's order, ICU's follows pinyin). A long list is sorted on collation keys made once per distinct
 * name, never by comparing with a collator inside the sort.
 */
public final class PinyinOrder {

    private static final Collator COLLATOR = frozen();

    private PinyinOrder() {
    }

    private static Collator frozen() {
        Collator c = Collator.getInstance(ULocale.CHINESE);
        c.setStrength(Collator.TERTIARY);
        return c.freeze();
    }

    /** A comparator for short lists (a few thousand texts). */
    public static Comparator<String> comparator() {
        return COLLATOR::compare;
    }

    /**
     * A comparator that computes each text's collation key once and keeps it (for long lists: a collator inside the
     * comparator would redo the work on every comparison). Not for sharing between threads.
     */
    public static Comparator<String> keyed() {
        Map<String, CollationKey> keys = new HashMap<>();
        return Comparator.comparing(text -> keys.computeIfAbsent(text == null ? "" : text, COLLATOR::getCollationKey));
    }

    /**
     * {@code items} sorted by {@code group} (as given), then by the pinyin of {@code name}, a person's name (its first
     * character read as a surname: 曾 among the Z's, 单 among the S's), then by {@code tie}; the sort is stable for items
     * equal in all three.
     */
    public static <T> List<T> sort(List<T> items, Comparator<T> group, Function<T, String> name, Comparator<T> tie) {
        // each distinct name gets its place in pinyin order once (names equal to the collator share one); the sort
        // then compares ints, never collation keys
        Ranks ranks = new Ranks();
        int[] ids = new int[items.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ranks.id(name.apply(items.get(i)));
        }
        int[] rankOf = ranks.ranks();
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (int i = 0; i < ids.length; i++) {
            keyed.add(new Keyed<>(rankOf[ids[i]], items.get(i)));
        }
        keyed.sort((x, y) -> {
            int c = group.compare(x.item, y.item);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(x.rank, y.rank);
            return c != 0 ? c : tie.compare(x.item, y.item);
        });
        List<T> out = new ArrayList<>(items.size());
        keyed.forEach(k -> out.add(k.item));
        return out;
    }

    /**
     * Numbers for the distinct names of a long list, given as they are met ({@link #id}); then each number's place in
     * pinyin order ({@link #ranks}), the names read as {@link #sort} reads them (first character as a surname), names
     * equal to the collator sharing a place. Only the distinct names are kept, never one text per item. Not for
     * sharing between threads.
     */
    public static final class Ranks {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        /** The number of {@code name} (null read as ""): 0 for the first distinct name met, 1 for the next … */
        public int id(String name) {
            String n = name == null ? "" : name;
            Integer id = ids.get(n);
            if (id == null) {
                id = names.size();
                ids.put(n, id);
                names.add(n);
            }
            return id;
        }

        /** Per number given by {@link #id}, the name's place in pinyin order (0, 1, …; equal names share one). */
        public int[] ranks() {
            NameKey[] distinct = new NameKey[names.size()];
            for (int i = 0; i < distinct.length; i++) {
                distinct[i] = new NameKey(COLLATOR.getCollationKey(asSurname(names.get(i))), i);
            }
            java.util.Arrays.sort(distinct);
            int[] ranks = new int[distinct.length];
            int rank = 0;
            for (int i = 0; i < distinct.length; i++) {
                if (i > 0 && distinct[i].key.compareTo(distinct[i - 1].key) != 0) {
                    rank++;
                }
                ranks[distinct[i].id] = rank;
            }
            return ranks;
        }
    }

    /** A distinct name's collation key and number, compared by the key alone. */
    private static final class NameKey implements Comparable<NameKey> {
        final CollationKey key;
        final int id;

        NameKey(CollationKey key, int id) {
            this.key = key;
            this.id = id;
        }

        @Override
        public int compareTo(NameKey other) {
            return key.compareTo(other.key);
        }
    }

    /** Compares two items by their positions (0 … n-1). */
    @FunctionalInterface
    public interface IndexComparator {
        int compare(int a, int b);
    }

    /**
     * The positions {@code 0 … n-1} of a long list (n = {@code group.length}) in the order {@link #sort} gives: by
     * {@code group} (ascending), then by {@code rank} (a name's place, {@link Ranks#ranks}), then by {@code tie}.
     * Two counting passes over int arrays, so a county's million payers are ordered in linear time; only runs of
     * items equal in group and rank (the same name in one village) are compared with {@code tie}. Items equal in all
     * three keep their positions' order.
     *
     * @throws IllegalArgumentException when the arrays differ in length
     */
    public static int[] order(int[] group, int[] rank, IndexComparator tie) {
        int n = group.length;
        if (rank.length != n) {
            throw new IllegalArgumentException("group and rank differ in length: " + n + ", " + rank.length);
        }
        int[] byRank = countingSort(identity(n), rank);
        int[] out = countingSort(byRank, group);
        for (int start = 0; start < n; ) {
            int end = start + 1;
            while (end < n && group[out[end]] == group[out[start]] && rank[out[end]] == rank[out[start]]) {
                end++;
            }
            if (end - start > 1) {
                Integer[] run = new Integer[end - start];
                for (int i = start; i < end; i++) {
                    run[i - start] = out[i];
                }
                // stable: equal items stay in position order
                java.util.Arrays.sort(run, (a, b) -> tie.compare(a, b));
                for (int i = start; i < end; i++) {
                    out[i] = run[i - start];
                }
            }
            start = end;
        }
        return out;
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    /** {@code items} (positions) stably sorted by {@code key[item]}. */
    private static int[] countingSort(int[] items, int[] key) {
        if (items.length == 0) {
            return items;
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int k : key) {
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        int[] starts = new int[(int) ((long) max - min + 2)];
        for (int item : items) {
            starts[key[item] - min + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        int[] out = new int[items.length];
        for (int item : items) {
            out[starts[key[item] - min]++] = item;
        }
        return out;
    }

    /**
     * Surnames read otherwise than their common reading, each with a character of the surname's reading: 曾 is Zēng
     * (not céng), 单 Shàn, 解 Xiè, 仇 Qiú, 区 Ōu, 查 Zhā, 朴 Piáo, 盖 Gě, 乐 Yuè, 覃 Qín, 缪 Miào, 翟 Zhái,
     * 种 Chóng, 召 Shào, 隗 Wěi, 员 Yùn.
     */
    private static final Map<Character, Character> SURNAME_READINGS = Map.ofEntries(Map.entry('曾', '增'),
            Map.entry('单', '善'), Map.entry('解', '谢'), Map.entry('仇', '求'), Map.entry('区', '欧'), Map.entry('查', '扎'),
            Map.entry('朴', '瓢'), Map.entry('盖', '葛'), Map.entry('乐', '岳'), Map.entry('覃', '秦'), Map.entry('缪', '妙'),
            Map.entry('翟', '宅'), Map.entry('种', '虫'), Map.entry('召', '邵'), Map.entry('隗', '伟'),
            Map.entry('员', '运'));

    /** A person's name for sorting: its first character, the surname, by its surname reading. */
    static String asSurname(String name) {
        if (name.isEmpty()) {
            return name;
        }
        Character reading = SURNAME_READINGS.get(name.charAt(0));
        return reading == null ? name : reading + name.substring(1);
    }

    private record Keyed<T>(int rank, T item) {
    }
}
