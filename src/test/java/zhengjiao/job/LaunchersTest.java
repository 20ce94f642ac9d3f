package zhengjiao.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an official meets first: the launchers and the guide in the distribution zip. cmd.exe and Notepad cannot run
 * here, so this checks the bytes they depend on (line endings, encodings, the code-page switch) and the messages.
 */
class LaunchersTest {

    private static final Path BAT = Path.of("bin", "zhengjiao.bat");
    private static final Path SH = Path.of("bin", "zhengjiao");
    private static final Path GUIDE = Path.of("src", "assembly", "使用说明.txt");
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void windowsLauncherHasCrlfLineEndingsOnly() throws IOException {
        byte[] bytes = Files.readAllBytes(BAT);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at byte " + i);
            }
        }
        assertTrue(bytes[bytes.length - 1] == '\n', "ends with a line break");
    }

    @Test
    void windowsLauncherIsGbkWithoutBomSoCmdOnChineseWindowsReadsIt() throws IOException {
        byte[] bytes = Files.readAllBytes(BAT);
        String text = strictly(bytes, GBK);
        assertFalse(text.startsWith("\uFEFF"));
        assertTrue(text.startsWith("@echo off"));
        // no double-byte character may end in a byte that cmd.exe would take for | ^ \ ` % ! < > & " ( )
        for (char c : text.toCharArray()) {
            byte[] b = String.valueOf(c).getBytes(GBK);
            if (b.length == 2) {
                assertEquals(-1, "|^\\`%!<>&\"()".indexOf((char) b[1]), "trail byte of " + c);
            }
        }
    }

    @Test
    void windowsLauncherRunsOnlyAsciiLinesWhileTheConsoleIsUtf8() throws IOException {
        List<String> utf8Lines = new ArrayList<>();
        boolean utf8 = false;
        for (String line : strictly(Files.readAllBytes(BAT), GBK).split("\r\n")) {
            if (line.startsWith("chcp 65001")) {
                utf8 = true;
            } else if (line.startsWith("chcp %ZJ_OLDCP%")) {
                utf8 = false;
            } else if (utf8) {
                utf8Lines.add(line);
            }
        }
        assertFalse(utf8, "every chcp 65001 is switched back");
        assertEquals(4, utf8Lines.size(), "two Java calls and their exit codes: " + utf8Lines);
        utf8Lines.forEach(l -> assertTrue(l.chars().allMatch(c -> c < 128), "non-ASCII while in code page 65001: " + l));
    }

    @Test
    void windowsLauncherRunsADroppedFolderAndPauses() throws IOException {
        String text = strictly(Files.readAllBytes(BAT), GBK);
        assertTrue(text.contains("if exist \"%~1\\\" set \"ZJ_PAUSE=1\""), "a single folder argument is a drop");
        assertTrue(text.contains("-jar \"%ZJ_JAR%\" run \"%~1\""), "a dropped folder is run");
        // a folder typed first with options after it is run too (checked under wine's cmd: run is put before the folder)
        assertTrue(text.contains("if exist \"%~1\\\" if not \"%~2\"==\"\" set \"ZJ_RUN=run\"")
                && text.contains("-jar \"%ZJ_JAR%\" %ZJ_RUN% %*"), "a folder with options is a run");
        assertTrue(text.contains("set \"ZJ_JAR=%ZJ_HOME%zhengjiao.jar\""), "the jar beside the launcher comes first");
        assertTrue(text.contains("if defined ZJ_PAUSE pause"));
        assertTrue(text.contains("报表在征缴文件夹里的 output 文件夹"));
    }

    @Test
    void bothLaunchersSayInChineseWhereToGetJava17() throws IOException {
        String hint = "请安装 Java 17（如 https://adoptium.net/zh-CN/ 的 Temurin 17";
        assertTrue(strictly(Files.readAllBytes(BAT), GBK).contains(hint));
        String sh = strictly(Files.readAllBytes(SH), StandardCharsets.UTF_8);
        assertTrue(sh.contains(hint));
        assertFalse(sh.contains("\r"), "the POSIX launcher has LF line endings");
        assertTrue(sh.startsWith("#!/usr/bin/env sh\n"));
        assertTrue(sh.contains("jar=\"$here/zhengjiao.jar\""), "the jar beside the launcher comes first");
    }

    @Test
    void guideIsUtf8WithBomAndCrlfSoNotepadShowsIt() throws IOException {
        byte[] bytes = Files.readAllBytes(GUIDE);
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String text = strictly(bytes, StandardCharsets.UTF_8);
        assertFalse(text.replace("\r\n", "").contains("\n"), "CRLF only");
        for (String step : List.of("解压", "拖到 zhengjiao.bat 上", "output 文件夹", "campaign.yaml", "payments",
                "https://adoptium.net/zh-CN/", "zhuji-2023", "tengzhou-2024", "tengzhou-2025", "yutai-2024", "yicheng-2024")) {
            assertTrue(text.contains(step), "使用说明 mentions " + step);
        }
    }

    private static String strictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
