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
     * {@code items} sorted by {@code group} (as given), then by the pinyin of {@code name}, then by {@code tie};
     * the sort is stable for items equal in all three.
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
        List<CollationKey> distinct = new ArrayList<>(ranks.size());
        for (String n : ranks.keySet()) {
            distinct.add(COLLATOR.getCollationKey(n));
        }
        distinct.sort(Comparator.naturalOrder());
        int rank = 0;
        for (int i = 0; i < distinct.size(); i++) {
            if (i > 0 && distinct.get(i).compareTo(distinct.get(i - 1)) != 0) {
                rank++;
            }
            ranks.put(distinct.get(i).getSourceString(), rank);
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

    private record Keyed<T>(int rank, T item) {
    }
}
