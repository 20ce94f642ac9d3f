package zhengjiao.reconcile;

import java.util.EnumMap;
import java.util.Map;
import zhengjiao.domain.Exclusion;

/** What one dump contributed: rows read, new distinct payments, repeats of payments already seen, exclusions. */
public final class FileStats {

    private final String fileName;
    private String notRead = "";
    int rows;
    int newPayments;
    int repeats;
    final Map<Exclusion.Kind, Integer> excluded = new EnumMap<>(Exclusion.Kind.class);

    FileStats(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Why the file was not read ("" for a file that was read). */
    public String notRead() {
        return notRead;
    }

    /** The file's name, followed by why it was not read when it was not: "a.et（未读取（WPS 表格…）：请…）". */
    public String label() {
        return notRead.isEmpty() ? fileName : fileName + "（" + notRead + "）";
    }

    void notRead(String reason) {
        this.notRead = reason;
    }

    public int rows() {
        return rows;
    }

    public int newPayments() {
        return newPayments;
    }

    public int repeats() {
        return repeats;
    }

    public int excluded(Exclusion.Kind kind) {
        return excluded.getOrDefault(kind, 0);
    }
}
