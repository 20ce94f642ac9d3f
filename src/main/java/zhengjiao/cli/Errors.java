package zhengjiao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Redact;
import zhengjiao.domain.Spelling;

/**
 * What the command line says when something goes wrong, always in Chinese and never with a library's English text
 * or a stack trace: picocli's parameter errors (unknown option, missing parameter, bad value) and the exceptions a
 * command ends with (input errors, file-system errors, running out of memory, bugs). Every message is passed
 * through {@link Redact#text} so that no resident ID is printed in full.
 */
final class Errors {

    private Errors() {
    }

    /** The Chinese explanation of a command-line error; {@code args} is the command line as given. */
    static String usage(CommandLine.ParameterException ex, String[] args) {
        String message = ex.getMessage() == null ? "" : ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(u.getCommandLine(), u.getUnmatched());
        }
        List<String> unmatched = ex.getCommandLine().getUnmatchedArguments();
        if (!unmatched.isEmpty()) { // picocli checks required options first; a misspelt option is the likelier cause
            return unmatched(ex.getCommandLine(), unmatched);
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return missing(m, args);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return "选项 " + name(o.getOverwritten()) + " 只能写一次";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "参数太多：" + ex.getCommandLine().getCommandName() + " 只需要 " + positionals(ex.getCommandLine())
                    + "（路径中有空格时请用引号把整个路径括起来）";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return badValue(ex.getArgSpec(), ex.getValue());
        }
        if (isOwn(message)) {
            return message;
        }
        return "命令写法有误，请对照下面的用法检查";
    }

    private static String unmatched(CommandLine cl, List<String> unmatched) {
        String first = unmatched.stream().filter(a -> a.startsWith("-")).findFirst()
                .orElse(unmatched.isEmpty() ? "" : unmatched.get(0));
        List<String> names = new java.util.ArrayList<>(cl.getSubcommands().keySet());
        cl.getCommandSpec().options().forEach(o -> names.addAll(Arrays.asList(o.names())));
        String near = Spelling.nearest(first.contains("=") ? first.substring(0, first.indexOf('=')) : first, names);
        String hint = near == null ? "" : "，是否应为「" + near + "」？";
        if (first.startsWith("-")) {
            return "没有「" + quote(first) + "」这个选项" + (hint.isEmpty() ? "" : hint);
        }
        if (!cl.getSubcommands().isEmpty() && cl.getParent() == null) {
            return "没有「" + quote(first) + "」这个命令" + (hint.isEmpty() ? "，" : hint) + "可用的命令："
                    + String.join("、", cl.getSubcommands().keySet());
        }
        return "多余的参数「" + quote(first) + "」：" + cl.getCommandName() + " 只需要 " + positionals(cl)
                + "（路径中有空格时请用引号把整个路径括起来）";
    }

    private static String missing(CommandLine.MissingParameterException m, String[] args) {
        StringBuilder sb = new StringBuilder();
        for (ArgSpec a : m.getMissing()) {
            if (!sb.isEmpty()) {
                sb.append("；");
            }
            if (a instanceof OptionSpec o) {
                boolean given = Arrays.stream(args).anyMatch(arg -> Arrays.asList(o.names()).contains(arg));
                if (given) {
                    sb.append("选项 ").append(o.longestName()).append(" 后面缺少 ").append(o.paramLabel());
                } else {
                    sb.append("缺少必需的选项 ").append(o.longestName()).append(' ').append(o.paramLabel());
                }
            } else {
                sb.append("缺少参数 ").append(a.paramLabel());
            }
            String description = String.join("", a.renderedDescription());
            if (!description.isBlank()) {
                sb.append("（").append(description).append("）");
            }
        }
        return sb.toString();
    }

    private static String badValue(ArgSpec a, String value) {
        String what = a instanceof OptionSpec o ? "选项 " + o.longestName() + " 的值" : "参数 " + a.paramLabel();
        return what + "「" + quote(value) + "」不对：应为" + expected(a);
    }

    private static String expected(ArgSpec a) {
        Class<?> type = a.type();
        if (Map.class.isAssignableFrom(type)) {
            return "「" + a.paramLabel() + "」的形式，如 " + (a instanceof OptionSpec o ? o.longestName() + " " : "") + "刘寨村=4000";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "整数";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "数字，如 0.88";
        }
        if (type == LocalDate.class) {
            return "yyyy-MM-dd 格式的日期，如 2022-12-31";
        }
        if (type == Path.class) {
            return "文件或文件夹的路径";
        }
        return a.paramLabel();
    }

    private static String positionals(CommandLine cl) {
        String labels = cl.getCommandSpec().positionalParameters().stream().map(ArgSpec::paramLabel)
                .collect(Collectors.joining(" "));
        return labels.isEmpty() ? "选项，不需要其他参数" : labels;
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }

    /**
     * The Chinese message for an exception a command ended with, and whether it is the user's input (exit 1) or
     * the program's fault. No exception text in English is included: only its class's simple name for a bug.
     */
    static String execution(Throwable ex) {
        if (ex instanceof InputException) {
            return "错误：" + ex.getMessage();
        }
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return execution(u.getCause());
        }
        if (ex instanceof IOException io) {
            return "错误：" + io(io);
        }
        if (ex instanceof OutOfMemoryError) {
            return "错误：内存不足。输入的文件可能太大，或者格式异常（例如表格中有引用极远行列的单元格、被截断或损坏的文件）；"
                    + "请检查文件能否在 Excel/WPS 中正常打开，必要时另存为 .csv 后重试，或用 java -Xmx4g -jar zhengjiao.jar 分配更多内存";
        }
        if (ex instanceof StackOverflowError) {
            return "错误：输入的文件嵌套过深或格式异常，程序无法处理；请检查文件能否在 Excel/WPS 中正常打开，"
                    + "如仍有问题请把命令和文件夹发给维护人员";
        }
        return "程序内部错误：" + ex.getClass().getSimpleName() + "，请把所用的命令和征缴文件夹发给维护人员";
    }

    private static String io(IOException e) {
        if (e instanceof FileSystemException f) {
            String file = f.getFile() == null ? "" : f.getFile();
            if (e instanceof NoSuchFileException) {
                return "找不到文件或文件夹：" + file;
            }
            if (e instanceof AccessDeniedException) {
                return "没有权限读写：" + file + "（文件是否正在 Excel/WPS 中打开，或文件夹是否只读？）";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "已有同名的文件：" + file;
            }
            if (e instanceof NotDirectoryException) {
                return "不是文件夹：" + file;
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "文件夹不是空的：" + file;
            }
            String reason = f.getReason() == null ? "" : f.getReason();
            String why = reason.contains("No space") ? "磁盘空间不足"
                    : reason.contains("Read-only") ? "磁盘或文件夹是只读的"
                    : reason.contains("being used") || reason.contains("locked") ? "文件正被其他程序（如 Excel/WPS）打开，请先关闭"
                    : "读写失败";
            return why + "：" + file;
        }
        String own = chinesePart(e.getMessage());
        if (own != null) {
            return own;
        }
        return "读写文件时出错（" + e.getClass().getSimpleName() + "），请检查磁盘空间、文件权限，以及文件是否正在 Excel/WPS 中打开";
    }

    /**
     * The program's own Chinese message without an English cause a library appended after its last "：" (as in
     * "无法解析 .xlsx 文件：Unexpected end of ZLIB input stream"); null when the message is not Chinese at all.
     */
    static String chinesePart(String message) {
        if (message == null || message.codePoints().noneMatch(Errors::isHan)) {
            return null;
        }
        int colon = message.lastIndexOf('：');
        String tail = colon < 0 ? "" : message.substring(colon + 1);
        if (tail.codePoints().noneMatch(Errors::isHan) && tail.matches("(?s).*[A-Za-z]{2,}[\\s'’,.:]+[A-Za-z]{2,}.*")) {
            return message.substring(0, colon);
        }
        return message;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static String quote(String s) {
        return Redact.quote(s);
    }

    /**
     * Whether {@code message} is one of the program's own (Chinese) messages rather than picocli's English: it has
     * Chinese and, apart from quoted values, option and command names, file extensions and date patterns, no
     * English word.
     */
    static boolean isOwn(String message) {
        boolean chinese = message.codePoints().anyMatch(Errors::isHan);
        String rest = message.replaceAll("「[^」]*」|--?[A-Za-z][A-Za-z-]*|\\.[A-Za-z]+|yyyy-MM-dd|zhengjiao|run|check|decompose|sample", "");
        return chinese && !rest.matches("(?s).*[A-Za-z]{3,}.*");
    }
}
