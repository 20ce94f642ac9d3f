package zhengjiao.reconcile;

import java.util.EnumMap;
import java.util.Map;
import zhengjiao.domain.Exclusion;

/** What one dump contributed: rows read, new distinct payments, repeats of payments already seen, exclusions. */
public final class FileStats {

    private final String fileName;
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
