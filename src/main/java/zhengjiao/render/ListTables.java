package zhengjiao.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a workbook of list sheets shaped as the template engine's lists ({@code TemplateMaker.listSheet}: title,
 * subtitle, header, one row per item reading <code>${r.…}</code>, then rows written once, such as the total
 * <code>${total.…}</code> and the note <code>${note}</code>) through {@link ListBook}: the rows are encoded straight
 * into the sheet's XML with the template row's styles, each row as high as its texts need ({@link Paper}), instead of
 * an expression evaluated per cell and a second pass re-reading every cell to fit it to A4. One path for a town's
 * few thousand rows and a county's hundreds of thousands (the rows are streamed to disk as they are written).
 *
 * <p>A placeholder is a dotted path: <code>${r.name}</code> reads key {@code name} of the row's map,
 * <code>${total.paid}</code> key {@code paid} of the map under {@code total} in the sheet's values,
 * <code>${r.funds.2}</code> the third item of a list. What a path does not reach shows as an empty cell.
 */
final class ListTables {

    /**
     * One output sheet.
     *
     * @param template the template sheet it is made from
     * @param name     the sheet name wanted (made legal and unique, {@link SheetNames})
     * @param values   what the head and the once-written rows read, by the first part of the path
     * @param items    the paths in {@code values} of the lists whose items the <code>${r.…}</code> rows show, in order
     *                 (maps, read one by one), as the template engine's {@code jx:each items} named them: the first
     *                 list in the template's first such row, the second in its second (the ranking's ranked units,
     *                 then the unmatched line), and so on; lists beyond the template's rows go in its last
     */
    record Table(String template, String name, Map<String, Object> values, List<String> items) {
        Table {
            Objects.requireNonNull(template, "template must not be null");
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(values, "values must not be null");
            items = List.copyOf(items);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("items must name at least one list");
            }
        }

        /** A sheet of one list, at {@code items}. */
        Table(String template, String name, Map<String, Object> values, String items) {
            this(template, name, values, List.of(Objects.requireNonNull(items, "items must not be null")));
        }

        /**
         * The items of the {@code k}-th list; none when its path reaches nothing.
         *
         * @throws IllegalArgumentException when the path reaches something other than a list of maps
         */
        List<?> rows(int k) {
            String path = items.get(k);
            Object at = value(values, Map.of(), path);
            if (at == null) {
                return List.of();
            }
            if (at instanceof List<?> list) {
                return list;
            }
            throw new IllegalArgumentException("「" + path + "」不是列表：" + at.getClass().getSimpleName());
        }
    }

    private ListTables() {
    }

    /**
     * Writes {@code tables} in order to {@code out} from the template {@code book} holds (adapted by the caller
     * beforehand if need be, {@link ListBook#templateSheet}); template sheets no table uses are left out. A template
     * sheet may serve several tables (one sheet per town). Each sheet's columns are widened first for the widest
     * number it will show.
     *
     * @throws IOException when the file cannot be written
     */
    static void write(ListBook book, List<Table> tables, Path out) throws IOException {
        write(book, tables, wb -> { }, out);
    }

    /**
     * {@link #write(ListBook, List, Path)}, with sheets {@code more} builds with POI ({@link ListBook#workbook}), written
     * after the tables in the same pass.
     *
     * @throws IOException when the file cannot be written
     */
    static void write(ListBook book, List<Table> tables, java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> more,
                      Path out) throws IOException {
        String[] names = new String[tables.size()];
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            names[i] = book.plan(t.template(), t.name(), path -> value(t.values(), Map.of(), path));
        }
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            List<String> prototypes = book.prototypeNames(t.template());
            List<String> itemRows = prototypes.stream().filter(ListTables::isItemRow).toList();
            for (String prototype : prototypes) {
                if (isItemRow(prototype)) {
                    for (int k : lists(t, itemRows, prototype)) {
                        List<?> rows = t.rows(k);
                        book.fitSheetNumbers(names[i], prototype, new AbstractList<Function<String, Object>>() {
                            @Override
                            public Function<String, Object> get(int index) {
                                Object row = rows.get(index);
                                return path -> value(t.values(), row, path);
                            }

                            @Override
                            public int size() {
                                return rows.size();
                            }
                        });
                    }
                } else {
                    book.fitSheetNumbers(names[i], prototype, List.of(path -> value(t.values(), Map.of(), path)));
                }
            }
        }
        more.accept(book.workbook());
        book.start();
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            ListBook.ListSheet sheet = book.sheet(names[i]);
            List<String> itemRows = sheet.prototypeNames().stream().filter(ListTables::isItemRow).toList();
            for (String prototype : sheet.prototypeNames()) {
                if (isItemRow(prototype)) {
                    for (int k : lists(t, itemRows, prototype)) {
                        for (Object row : t.rows(k)) {
                            sheet.row(prototype, path -> value(t.values(), row, path));
                        }
                    }
                } else {
                    sheet.row(prototype, path -> value(t.values(), Map.of(), path));
                }
            }
            sheet.finish();
        }
        book.write(out);
    }

    /** Whether a prototype row shows the items of a list (<code>${r.…}</code>: r, or r#2 for the second such row). */
    private static boolean isItemRow(String prototype) {
        return prototype.equals("r") || prototype.startsWith("r#");
    }

    /** The lists (indexes into the table's items) item row {@code prototype} shows: its own, and the last row the rest. */
    private static List<Integer> lists(Table t, List<String> itemRows, String prototype) {
        int k = itemRows.indexOf(prototype);
        int to = k == itemRows.size() - 1 ? t.items().size() : Math.min(k + 1, t.items().size());
        List<Integer> out = new java.util.ArrayList<>();
        for (int i = k; i < to; i++) {
            out.add(i);
        }
        return out;
    }

    /**
     * The value at {@code path}: under {@code row} (an item of the list) for <code>r.…</code>, else under the sheet's
     * values; null when absent.
     */
    static Object value(Map<String, Object> values, Object row, String path) {
        int dot = path.indexOf('.');
        Object at;
        if (dot == 1 && path.charAt(0) == 'r') {
            at = row;
        } else {
            at = values.get(dot < 0 ? path : path.substring(0, dot));
            if (dot < 0) {
                return at;
            }
        }
        int from = dot + 1;
        while (at != null && from <= path.length()) {
            int next = path.indexOf('.', from);
            String key = next < 0 ? path.substring(from) : path.substring(from, next);
            if (at instanceof Map<?, ?> m) {
                at = m.get(key);
            } else if (at instanceof List<?> l && !key.isEmpty() && key.chars().allMatch(Character::isDigit) && key.length() < 9) {
                int i = Integer.parseInt(key);
                at = i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
            if (next < 0) {
                break;
            }
            from = next + 1;
        }
        return at;
    }
}
