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
    private final List<Column> columns;

    private HeaderRow(int rowNumber, int[] index, List<Column> columns) {
        this.rowNumber = rowNumber;
        this.index = index;
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
            throw InputException.at(file, 0, null, "找不到表头行（前 " + SEARCH_ROWS + " 行中没有可识别的列名），需要的列："
                    + names(columns, true));
        }
        int[] index = new int[columns.size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            index[c] = find(best, columns.get(c));
            if (index[c] < 0 && columns.get(c).required()) {
                missing.add(columns.get(c).name() + "（可写作：" + String.join("/", columns.get(c).aliases()) + "）");
            }
        }
        if (!missing.isEmpty()) {
            String has = Arrays.stream(best.cells()).filter(s -> s != null && !s.isBlank())
                    .collect(Collectors.joining("、"));
            throw InputException.at(file, best.number(), null, "缺少列 " + String.join("；", missing)
                    + "。该文件第 " + best.number() + " 行的列为：" + has);
        }
        return new HeaderRow(best.number(), index, List.copyOf(columns));
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
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column.name())) {
                return index[c];
            }
        }
        return -1;
    }

    public boolean has(Column column) {
        return indexOf(column) >= 0;
    }
}
