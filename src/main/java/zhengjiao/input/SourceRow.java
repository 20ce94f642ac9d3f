package zhengjiao.input;

/**
 * One row of a table file as text, before any meaning is given to it.
 *
 * @param number  the row number an official sees when opening the file (1 = first row)
 * @param cells   the cells' text; Excel dates as yyyy-MM-dd[ HH:mm:ss], numbers in plain notation
 * @param numeric which cells were numeric cells in a workbook (null for CSV)
 */
public record SourceRow(int number, String[] cells, boolean[] numeric) {

    /** The text of cell {@code i}, or "" past the end of the row. */
    public String text(int i) {
        return i >= 0 && i < cells.length && cells[i] != null ? cells[i] : "";
    }

    /** Whether cell {@code i} was a number cell in a workbook. */
    public boolean isNumeric(int i) {
        return numeric != null && i >= 0 && i < numeric.length && numeric[i];
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
