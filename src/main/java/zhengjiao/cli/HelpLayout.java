package zhengjiao.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The usage help laid out for a terminal that shows Chinese characters two columns wide. Picocli pads its option
 * table by characters, not by display columns, and wraps on spaces (Chinese has none), so its help overflows 80
 * columns and misaligns the descriptions. These section renderers measure text in display columns
 * ({@link #width(String)}) and wrap Chinese between any two characters, ASCII words (file names, options) whole,
 * and never start a line with a closing punctuation mark.
 */
final class HelpLayout {

    /** Gap between a table's name column and its description column. */
    private static final int GAP = 2;
    /** The widest name column; longer names put their description on the next line. */
    private static final int MAX_NAME_COLUMN = 30;
    /** Custom section listing the files {@code run} writes. */
    static final String SECTION_KEY_OUTPUTS = "outputs";

    private HelpLayout() {
    }

    /** Installs the width-aware sections on {@code cl} and all its subcommands. */
    static void install(CommandLine cl) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = cl.getHelpSectionMap();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, HelpLayout::synopsis);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> paragraphs(help.commandSpec().usageMessage().description(), width(help)));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpLayout::parameters);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER,
                help -> paragraphs(help.commandSpec().usageMessage().footer(), width(help)));
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub);
        }
    }

    /** Adds the list of output files before the footer of {@code cl}'s help. */
    static void addOutputs(CommandLine cl) {
        List<String> keys = new ArrayList<>(cl.getHelpSectionKeys());
        keys.add(keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SECTION_KEY_OUTPUTS);
        cl.getCommandSpec().usageMessage().sectionKeys(keys); // this command only, not its subcommands
        cl.getHelpSectionMap().put(SECTION_KEY_OUTPUTS, help -> {
            int w = width(help);
            String condition = "";
            List<String[]> rows = new ArrayList<>();
            for (OutputFiles.File f : OutputFiles.ALL) {
                if (!f.condition().equals(condition)) {
                    condition = f.condition();
                    rows.add(new String[] {condition + "：", null});
                }
                rows.add(new String[] {"  " + f.name(), f.content()});
            }
            return "\n" + paragraphs(new String[] {OutputFiles.HEADING}, w) + table(rows, w);
        });
    }

    /** The width text is wrapped to: one column less than the help's, so that no line ends in the last column. */
    private static int width(CommandLine.Help help) {
        return help.commandSpec().usageMessage().width() - 1;
    }

    // ---- sections -----------------------------------------------------------------------------------------

    /** 用法：zhengjiao decompose [-h] ... with continuation lines indented under the first option. */
    private static String synopsis(CommandLine.Help help) {
        CommandSpec spec = help.commandSpec();
        List<String> tokens = new ArrayList<>();
        List<OptionSpec> options = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
        options.sort(Comparator.comparing((OptionSpec o) -> o.isMultiValue())
                .thenComparing(o -> !(o.arity().max == 0 && !o.shortestName().startsWith("--")))
                .thenComparing(HelpLayout::sortKey));
        for (OptionSpec o : options) {
            String text = o.arity().max == 0 ? shortest(o) : o.longestName() + "=" + o.paramLabel();
            text = o.required() ? text : "[" + text + "]";
            tokens.add(o.isMultiValue() ? text + "..." : text);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                tokens.add(p.arity().min > 0 ? p.paramLabel() : "[" + p.paramLabel() + "]");
            }
        }
        if (!spec.subcommands().isEmpty()) {
            tokens.add("<命令>");
        }
        String heading = help.synopsisHeading();
        String lead = spec.qualifiedName() + " ";
        int indent = width(heading) + width(lead);
        int w = width(help);
        StringBuilder sb = new StringBuilder(lead);
        int column = indent;
        for (String t : tokens) {
            int tw = width(t);
            if (column + tw > w && column > indent) {
                sb.setLength(sb.length() - 1);
                sb.append('\n').append(" ".repeat(indent));
                column = indent;
            }
            sb.append(t).append(' ');
            column += tw + 1;
        }
        sb.setLength(sb.length() - 1);
        return sb.append('\n').toString();
    }

    private static String parameters(CommandLine.Help help) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : help.commandSpec().positionalParameters()) {
            if (!p.hidden()) {
                rows.add(new String[] {"      " + p.paramLabel(), String.join("", p.renderedDescription())});
            }
        }
        return table(rows, width(help));
    }

    private static String options(CommandLine.Help help) {
        List<OptionSpec> options = new ArrayList<>(help.commandSpec().options().stream().filter(o -> !o.hidden()).toList());
        options.sort(Comparator.comparing(HelpLayout::sortKey));
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : options) {
            String shortName = null;
            List<String> longNames = new ArrayList<>();
            for (String n : o.names()) {
                if (n.startsWith("--") || n.length() > 2) {
                    longNames.add(n);
                } else if (shortName == null) {
                    shortName = n;
                }
            }
            StringBuilder names = new StringBuilder(shortName == null ? "      " : "  " + shortName + (longNames.isEmpty() ? "" : ", "));
            names.append(String.join(", ", longNames));
            if (o.arity().max > 0) {
                names.append('=').append(o.paramLabel());
            }
            rows.add(new String[] {names.toString(), String.join("", o.renderedDescription())});
        }
        return table(rows, width(help));
    }

    private static String commands(CommandLine.Help help) {
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : help.commandSpec().subcommands().entrySet()) {
            String[] description = e.getValue().getCommandSpec().usageMessage().description();
            rows.add(new String[] {"  " + e.getKey(), String.join("", description)});
        }
        return table(rows, width(help));
    }

    private static String sortKey(OptionSpec o) {
        return shortest(o).replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT);
    }

    private static String shortest(OptionSpec o) {
        return o.shortestName();
    }

    // ---- layout -------------------------------------------------------------------------------------------

    /** Each text wrapped to {@code width}, one after the other. */
    static String paragraphs(String[] texts, int width) {
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            for (String line : t.split("\n", -1)) {
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                for (String w : wrap(line.strip(), width - width(indent))) {
                    sb.append(indent).append(w).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * Rows of (name, description): names in a column as wide as the widest (at most {@value #MAX_NAME_COLUMN}),
     * descriptions wrapped beside them; a longer name puts its description on the next line. A row without a
     * description is a subheading, printed as it is.
     */
    static String table(List<String[]> rows, int width) {
        int column = 0;
        for (String[] r : rows) {
            int w = width(r[0]);
            if (r[1] != null && w <= MAX_NAME_COLUMN) {
                column = Math.max(column, w);
            }
        }
        column += GAP;
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            if (r[1] == null) {
                sb.append(paragraphs(new String[] {r[0]}, width));
                continue;
            }
            List<String> lines = wrap(r[1], width - column);
            int nameWidth = width(r[0]);
            sb.append(r[0]);
            if (nameWidth + GAP > column) {
                sb.append('\n').append(" ".repeat(column));
            } else {
                sb.append(" ".repeat(column - nameWidth));
            }
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    sb.append(" ".repeat(column));
                }
                sb.append(lines.get(i)).append('\n');
            }
            if (lines.isEmpty()) {
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * {@code text} broken into lines of at most {@code width} display columns: between any two Chinese characters,
     * at spaces, and inside an ASCII word only if it is longer than a line; a closing mark (，。）」 …) never starts
     * a line and an opening mark (（「 …) never ends one.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        int used = 0;
        for (String token : tokens(text)) {
            if (token.equals(" ")) {
                if (!line.isEmpty() && used < width) {
                    line.add(" ");
                    used++;
                }
                continue;
            }
            int w = width(token);
            if (used + w <= width) {
                line.add(token);
                used += w;
                continue;
            }
            List<String> next = new ArrayList<>();
            int last = line.size() - 1;
            while (last >= 0 && line.get(last).equals(" ")) {
                last--;
            }
            if (last > 0 && (isClosing(token.codePointAt(0)) || isOpening(line.get(last).codePointBefore(line.get(last).length())))) {
                next.add(line.remove(last)); // keep the mark with its neighbour
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line).stripTrailing());
            }
            line = next;
            line.add(token);
            used = line.stream().mapToInt(HelpLayout::width).sum();
            while (used > width) { // a word longer than a line: cut it
                String long_ = String.join("", line);
                int cut = cutAt(long_, width);
                lines.add(long_.substring(0, cut));
                line = new ArrayList<>(List.of(long_.substring(cut)));
                used = width(line.get(0));
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(String.join("", line).stripTrailing());
        }
        return lines;
    }

    /** Spaces, runs of narrow non-space characters (one word), and single wide characters. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == ' ' || isWide(cp)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                tokens.add(cp == ' ' ? " " : new String(Character.toChars(cp)));
            } else {
                word.appendCodePoint(cp);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    private static int cutAt(String s, int width) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > width) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return Math.max(i, 1);
    }

    private static boolean isClosing(int cp) {
        return "，。；：、）」』》！？％,.;:)]".indexOf(cp) >= 0;
    }

    private static boolean isOpening(int cp) {
        return "（「『《".indexOf(cp) >= 0;
    }

    /** Display columns of {@code s}: 2 for East Asian wide and full-width characters, 1 for the others. */
    static int width(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    /** East Asian Wide or Fullwidth (Unicode UAX #11), the ranges a Chinese text uses. */
    static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
