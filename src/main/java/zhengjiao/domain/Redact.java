package zhengjiao.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place messages quote what a user's files hold. Anything shaped like a resident ID (a run of 15 or more
 * digits, full-width or not, optionally ending in X, possibly broken by single spaces) is masked to its first 6 and
 * last 4 characters ({@code 341323********1234}); long quotes are cut. Every message that may reach the terminal,
 * {@code check}'s findings, 检查结果.xlsx or a log goes through {@link #text(String)}; cell texts quoted inside a
 * message go through {@link #quote(String)}.
 */
public final class Redact {

    /** 15+ digits (ASCII or full-width), single spaces allowed between them, an optional check letter. */
    private static final Pattern ID_SHAPED =
            Pattern.compile("(?<![0-9０-９])[0-9０-９](?:[ \\u3000]?[0-9０-９]){13,}(?:[ \\u3000]?[0-9０-９XxＸｘ])?(?![0-9０-９])");
    /** Longest cell text quoted in a message, in characters. */
    public static final int QUOTE_LIMIT = 40;

    private Redact() {
    }

    /** {@code message} with every ID-shaped run masked; null becomes "". */
    public static String text(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = ID_SHAPED.matcher(message);
        if (!m.find()) {
            return message;
        }
        StringBuilder sb = new StringBuilder(message.length());
        int last = 0;
        do {
            sb.append(message, last, m.start()).append(maskRun(m.group()));
            last = m.end();
        } while (m.find());
        return sb.append(message, last, message.length()).toString();
    }

    /** A cell's text as a message may quote it: masked, and cut to {@value #QUOTE_LIMIT} characters with "…". */
    public static String quote(String cell) {
        String t = text(cell);
        int limit = t.offsetByCodePoints(0, Math.min(t.codePointCount(0, t.length()), QUOTE_LIMIT));
        return limit < t.length() ? t.substring(0, limit) + "…" : t;
    }

    private static String maskRun(String run) {
        String compact = run.replace(" ", "").replace("\u3000", "");
        return ResidentId.mask(compact);
    }
}
