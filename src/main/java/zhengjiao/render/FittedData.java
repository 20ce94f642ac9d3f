package zhengjiao.render;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import zhengjiao.domain.LongText;

/**
 * The data of a template seen through a lens that cuts every text longer than an Excel cell may hold
 * ({@link LongText#fit}), so that no text in the data aborts writing a workbook. Maps and lists are wrapped as
 * they are read (nothing is copied: lists of hundreds of thousands of rows stay lazy).
 */
final class FittedData {

    private FittedData() {
    }

    /** {@code value} as the template should see it. */
    @SuppressWarnings("unchecked")
    static Object of(Object value) {
        if (value instanceof String s) {
            return LongText.fit(s);
        }
        if (value instanceof Map<?, ?> m) {
            return new FittedMap((Map<Object, Object>) m);
        }
        if (value instanceof List<?> l) {
            return new FittedList((List<Object>) l);
        }
        return value;
    }

    /** The top-level data map, wrapped. */
    static Map<String, Object> map(Map<String, Object> data) {
        Map<String, Object> out = new java.util.HashMap<>();
        data.forEach((k, v) -> out.put(k, of(v)));
        return out;
    }

    private static final class FittedList extends AbstractList<Object> {
        private final List<Object> items;

        FittedList(List<Object> items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return of(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    private static final class FittedMap extends AbstractMap<Object, Object> {
        private final Map<Object, Object> map;

        FittedMap(Map<Object, Object> map) {
            this.map = map;
        }

        @Override
        public Object get(Object key) {
            return of(map.get(key));
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public int size() {
            return map.size();
        }

        @Override
        public Set<Entry<Object, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Object, Object>> iterator() {
                    Iterator<Entry<Object, Object>> it = map.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<Object, Object> next() {
                            Entry<Object, Object> e = it.next();
                            return new SimpleImmutableEntry<>(e.getKey(), of(e.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return map.size();
                }
            };
        }
    }
}
