package zhengjiao.input;

import java.util.List;
import java.util.Objects;

/**
 * A column a reader looks for, by its display name and the header spellings it accepts.
 *
 * @param name     the name used in messages, e.g. 证件号码
 * @param aliases  accepted header texts, compared after {@link #headerKey(String)}
 * @param required whether a file without it is an error
 */
public record Column(String name, List<String> aliases, boolean required) {

    public Column {
        Objects.requireNonNull(name, "name must not be null");
        aliases = aliases.stream().map(Column::headerKey).toList();
    }

    public static Column required(String name, String... aliases) {
        return new Column(name, List.of(aliases), true);
    }

    public static Column optional(String name, String... aliases) {
        return new Column(name, List.of(aliases), false);
    }

    public boolean matches(String header) {
        return rank(header) < Integer.MAX_VALUE;
    }

    /** The position of the header among the aliases (0 = preferred), or Integer.MAX_VALUE when it is none. */
    int rank(String header) {
        String key = headerKey(header);
        int i = aliases.indexOf(key);
        if (i < 0) {
            i = aliases.indexOf(withoutUnit(key));
        }
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** NFKC (full-width brackets become ASCII), no spaces, no line breaks, no trailing '*' or ':'. */
    public static String headerKey(String header) {
        if (header == null) {
            return "";
        }
        String s = zhengjiao.domain.Nfkc.of(header).replaceAll("[\\s\\u200B\\uFEFF]+", "");
        return s.replaceAll("[*:：]+$", "").replaceAll("^[*]+", "");
    }

    private static String withoutUnit(String key) {
        return key.replaceAll("\\((元|人|个|户)\\)$", "");
    }
}
