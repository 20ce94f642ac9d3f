package zhengjiao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;
import zhengjiao.domain.InputException;

/** A command that fails says so in Chinese, without the exception's English text. */
class ErrorsTest {

    @Test
    void anInputErrorIsShownAsItIs() {
        assertEquals("错误：文件 a.csv 第 3 行：村名为空", Errors.execution(new InputException("文件 a.csv 第 3 行：村名为空")));
    }

    @Test
    void aBugNamesOnlyTheExceptionClassNeverItsEnglishMessage() {
        String message = Errors.execution(new IllegalStateException("Cannot invoke \"String.length()\" for 341323199001011234"));
        assertEquals("程序内部错误：IllegalStateException，请把所用的命令和征缴文件夹发给维护人员", message);
    }

    @Test
    void runningOutOfMemoryBlamesTheInputNotTheUser() {
        String message = Errors.execution(new OutOfMemoryError("Java heap space"));
        assertTrue(message.startsWith("错误：内存不足。输入的文件可能太大，或者格式异常"), message);
        assertFalse(message.contains("heap"), message);
    }

    @Test
    void fileSystemErrorsNameTheFileInChinese() {
        assertEquals("错误：找不到文件或文件夹：/x/清册.csv", Errors.execution(new NoSuchFileException("/x/清册.csv")));
        assertTrue(Errors.execution(new AccessDeniedException("/x/out")).startsWith("错误：没有权限读写：/x/out"));
        assertEquals("错误：磁盘空间不足：/x/out",
                Errors.execution(new UncheckedIOException(new FileSystemException("/x/out", null, "No space left on device"))));
        String other = Errors.execution(new IOException("Stream closed"));
        assertTrue(other.startsWith("错误：读写文件时出错（IOException）"), other);
        assertFalse(other.contains("Stream closed"), other);
    }

    @Test
    void theProgramsOwnChineseIoMessageIsKeptWithoutAnAppendedEnglishCause() {
        assertEquals("错误：无法解析 .xlsx 文件",
                Errors.execution(new IOException("无法解析 .xlsx 文件：Unexpected end of ZLIB input stream")));
        assertEquals("错误：无法在 /tmp/out 写入输出（NotDirectoryException）：请检查路径是否为文件夹、是否有写权限",
                Errors.execution(new IOException("无法在 /tmp/out 写入输出（NotDirectoryException）：请检查路径是否为文件夹、是否有写权限")));
    }

    @Test
    void theProgramsOwnUsageMessagesAreToldFromPicocliEnglish() {
        assertTrue(Errors.isOwn("--as-of 应为 yyyy-MM-dd 格式的真实日期（如 2022-12-31），实为「tomorrow」"));
        assertTrue(Errors.isOwn("请指定命令：run、check、decompose 或 sample"));
        assertFalse(Errors.isOwn("Missing required parameter: '<征缴文件夹>'"));
        assertFalse(Errors.isOwn("Invalid value for option '--fixed' (村名=任务数): should be in KEY=VALUE format"));
    }
}
