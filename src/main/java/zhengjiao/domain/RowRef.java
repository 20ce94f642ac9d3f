package zhengjiao.domain;

/**
 * Where a row was read: the file's index in the run's file list, its name, and the row number an
 * official sees when opening it.
 */
public record RowRef(int fileIndex, String fileName, int row) {
}
