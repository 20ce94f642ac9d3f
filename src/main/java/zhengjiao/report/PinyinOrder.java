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
        Map<String, CollationKey> keys = new HashMap<>();
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            String n = name.apply(item);
            keyed.add(new Keyed<>(keys.computeIfAbsent(n == null ? "" : n, COLLATOR::getCollationKey), item));
        }
        Comparator<Keyed<T>> order = Comparator.<Keyed<T>, T>comparing(k -> k.item, group)
                .thenComparing(k -> k.key)
                .thenComparing(k -> k.item, tie);
        keyed.sort(order);
        List<T> out = new ArrayList<>(items.size());
        keyed.forEach(k -> out.add(k.item));
        return out;
    }

    private record Keyed<T>(CollationKey key, T item) {
    }
}
