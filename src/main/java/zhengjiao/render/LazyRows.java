package zhengjiao.render;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A list of template rows made on demand from the items they show, so that a county's hundreds of thousands of
 * rows never sit in memory as maps all at once (the template engine reads them one by one).
 */
final class LazyRows<T> extends AbstractList<Map<String, Object>> {

    private final List<T> items;
    private final BiFunction<Integer, T, Map<String, Object>> row;

    private LazyRows(List<T> items, BiFunction<Integer, T, Map<String, Object>> row) {
        this.items = items;
        this.row = row;
    }

    /** Rows for {@code items}; {@code row} gets the 1-based position and the item. */
    static <T> List<Map<String, Object>> of(List<T> items, BiFunction<Integer, T, Map<String, Object>> row) {
        return new LazyRows<>(items, row);
    }

    @Override
    public Map<String, Object> get(int index) {
        return row.apply(index + 1, items.get(index));
    }

    @Override
    public int size() {
        return items.size();
    }
}
