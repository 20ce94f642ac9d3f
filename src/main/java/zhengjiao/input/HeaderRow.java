package zhengjiao.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import zhengjiao.domain.InputException;

/**
 * Finds the header row of a table (title rows above it are skipped) and where each wanted column is.
 */
public final class HeaderRow {

    /** How many rows from the top may hold the header. */
    public static final int SEARCH_ROWS = 20;

    private final int rowNumber;
    private final int[] index;
    /** Per column, every cell of the header that names it, the preferred spelling first. */
    private final int[][] all;
    /** {@link #columns} as an array, for the look-up made for a cell of every row. */
    private final Column[] byIdentity;
    private final List<Column> columns;

    private HeaderRow(int rowNumber, int[] index, int[][] all, List<Column> columns) {
        this.rowNumber = rowNumber;
        this.index = index;
        this.all = all;
        this.byIdentity = columns.toArray(new Column[0]);
        this.columns = columns;
    }

    /**
     * Looks among the first rows of a file for the row that names most of {@code columns}; a required column
     * missing from it is an {@link InputException} that names the file and the columns it has.
     */
    public static HeaderRow locate(Path file, List<SourceRow> head, List<Column> columns) {
        SourceRow best = null;
        int bestCount = 0;
        for (SourceRow row : head) {
            int count = countMatches(row, columns);
            if (count > bestCount) {
                best = row;
                bestCount = count;
            }
        }
        if (best == null) {
            Path folder = file.getParent() == null ? null : file.getParent().getFileName();
            throw InputException.at(file, 0, null, "找不到表头行（前 " + SEARCH_ROWS + " 行中没有可识别的列名），需要的列："
                    + names(columns, true) + "。如果这个文件不是要读的表格（如说明、备注），请把它移出"
                    + (folder == null ? "所在文件夹" : " " + folder + "/ 文件夹"));
        }
        int[] index = new int[columns.size()];
        int[][] all = new int[columns.size()][];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            all[c] = findAll(file, best, columns.get(c));
            index[c] = all[c].length == 0 ? -1 : all[c][0];
            if (index[c] < 0 && columns.get(c).required()) {
                missing.add(columns.get(c).name() + "（可写作：" + String.join("/", columns.get(c).aliases()) + "）"
                        + typo(best, columns, columns.get(c)));
            }
        }
        if (!missing.isEmpty()) {
            String has = Arrays.stream(best.cells()).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining("、"));
            throw InputException.at(file, best.number(), null, "缺少列 " + String.join("；", missing)
                    + "。该文件第 " + best.number() + " 行的列为：" + has);
        }
        return new HeaderRow(best.number(), index, all, List.copyOf(columns));
    }

    /**
     * "，表中的「缴费金颔」是否应为「缴费金额」" when a header cell that names no column is one slip away from one of
     * {@code missing}'s spellings ({@link zhengjiao.domain.Spelling#nearest}); "" otherwise.
     */
    private static String typo(SourceRow row, List<Column> columns, Column missing) {
        for (int i = 0; i < row.cells().length; i++) {
            String text = row.text(i).strip();
            int at = i;
            if (text.isEmpty() || columns.stream().anyMatch(col -> col.rank(row.text(at)) < Integer.MAX_VALUE)) {
                continue;
            }
            String near = zhengjiao.domain.Spelling.nearest(text, missing.aliases());
            if (near != null) {
                return "，表中的「" + text + "」是否应为「" + near + "」";
            }
        }
        return "";
    }

    private static int countMatches(SourceRow row, List<Column> columns) {
        int n = 0;
        for (Column c : columns) {
            if (find(row, c) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** The cell of the column's most preferred alias present in the row (缴费日期 before 入库日期). */
    private static int find(SourceRow row, Column column) {
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < row.cells().length; i++) {
            int rank = column.rank(row.text(i));
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * Every cell naming the column, by the rank of its spelling (a stable order among equal spellings). Two cells
     * with the same preferred spelling (two 证件号码 columns) are an error naming both: which one holds the person is
     * not for the program to guess.
     */
    private static int[] findAll(Path file, SourceRow row, Column column) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < row.cells().length; i++) {
            int rank = column.rank(row.text(i));
            if (rank < Integer.MAX_VALUE) {
                found.add(new int[] {rank, i});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        if (found.size() > 1 && found.get(0)[0] == found.get(1)[0]) {
            throw InputException.at(file, row.number(), null, "有两列都叫「" + Column.headerKey(row.text(found.get(0)[1]))
                    + "」（第 " + letters(found.get(0)[1]) + " 列和第 " + letters(found.get(1)[1]) + " 列），无法确定用哪一列作"
                    + column.name() + "；请删除多余的一列，或把它改成别的列名");
        }
        return found.stream().mapToInt(f -> f[1]).toArray();
    }

    /** 0 -> "A", 27 -> "AB": the column letters an official sees. */
    static String letters(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return sb.toString();
    }

    private static String names(List<Column> columns, boolean requiredOnly) {
        return columns.stream().filter(c -> !requiredOnly || c.required()).map(Column::name)
                .collect(Collectors.joining("、"));
    }

    /** The header's row number (1-based). */
    public int rowNumber() {
        return rowNumber;
    }

    /** The cell index of a column, or -1 when the file lacks that optional column. */
    public int indexOf(Column column) {
        int c = slot(column);
        return c < 0 ? -1 : index[c];
    }

    /**
     * Where {@code column} is in {@link #columns}, or -1. The readers ask with the very Column their header was found
     * for (once a cell of every row): compared by identity first, by name only when that fails.
     */
    private int slot(Column column) {
        Column[] known = byIdentity;
        for (int c = 0; c < known.length; c++) {
            if (known[c] == column) {
                return c;
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column.name())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The text of the first non-blank cell among all the header's cells for {@code column}, the preferred spelling
     * first (a tax export with both 票证号码, empty for electronic payments, and 电子税票号); "" when none.
     */
    public String firstFilled(SourceRow row, Column column) {
        int i = indexOfFilled(row, column);
        return i < 0 ? "" : row.text(i);
    }

    /** The cell {@link #firstFilled} takes, or the preferred cell when all are blank, or -1 without the column. */
    public int indexOfFilled(SourceRow row, Column column) {
        int c = slot(column);
        if (c < 0) {
            return -1;
        }
        for (int i : all[c]) {
            if (!row.text(i).isBlank()) {
                return i;
            }
        }
        return index[c];
    }

    public boolean has(Column column) {
        return indexOf(column) >= 0;
    }
}
