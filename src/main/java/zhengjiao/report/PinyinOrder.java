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
        Map<String, Integer> ranks = new HashMap<>();
        String[] names = new String[items.size()];
        for (int i = 0; i < names.length; i++) {
            String n = name.apply(items.get(i));
            names[i] = n == null ? "" : n;
            ranks.put(names[i], 0);
        }
        List<Map.Entry<CollationKey, String>> distinct = new ArrayList<>(ranks.size());
        for (String n : ranks.keySet()) {
            distinct.add(Map.entry(COLLATOR.getCollationKey(asSurname(n)), n));
        }
        distinct.sort(Map.Entry.comparingByKey());
        int rank = 0;
        for (int i = 0; i < distinct.size(); i++) {
            if (i > 0 && distinct.get(i).getKey().compareTo(distinct.get(i - 1).getKey()) != 0) {
                rank++;
            }
            ranks.put(distinct.get(i).getValue(), rank);
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (int i = 0; i < names.length; i++) {
            keyed.add(new Keyed<>(ranks.get(names[i]), items.get(i)));
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
