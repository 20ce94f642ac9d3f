package zhengjiao.check;

import java.util.Objects;
import zhengjiao.domain.Redact;

/**
 * One finding of a check.
 *
 * @param severity how bad it is
 * @param file     the file it is about ("" for the folder)
 * @param row      the row in that file, 0 when it is about the whole file
 * @param message  what is wrong and what was expected, in Chinese
 */
public record Finding(Severity severity, String file, int row, String message) {

    public Finding {
        Objects.requireNonNull(severity, "severity must not be null");
        file = file == null ? "" : file;
        message = Redact.text(message);
    }

    /** Errors stop a run; warnings are worth a look; notes are information. */
    public enum Severity {
        ERROR("错误"), WARNING("警告"), NOTE("提示");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** "[警告] 任务分解表.csv 第 6 行：…" */
    public String line() {
        StringBuilder sb = new StringBuilder("[").append(severity.label()).append("] ");
        if (!file.isEmpty()) {
            sb.append(file);
            if (row > 0) {
                sb.append(" 第 ").append(row).append(" 行");
            }
            sb.append("：");
        }
        return sb.append(message).toString();
    }
}
