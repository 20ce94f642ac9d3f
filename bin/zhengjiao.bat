@echo off
rem zhengjiao launcher for Windows. Saved in GBK with CRLF line endings: cmd.exe on Chinese Windows (code page 936)
rem reads the Chinese below as it is. The program prints UTF-8, so the console switches to code page 65001 only
rem while Java runs; the lines run in that code page are ASCII.
setlocal EnableExtensions
set "ZJ_OLDCP="
for /f "tokens=2 delims=:." %%c in ('chcp') do set "ZJ_OLDCP=%%c"
if not defined ZJ_OLDCP set "ZJ_OLDCP=936"
rem 征缴工具启动脚本（Windows）
rem   把征缴文件夹拖到本文件上：对该文件夹运行 run，报表写到 文件夹\output，窗口停住等您看完；
rem   命令行：zhengjiao.bat [run] <征缴文件夹> [--as-of yyyy-MM-dd] [--out 输出文件夹]，以及 check、decompose、sample。
rem   需要 Java 17 或更高版本：依次找本文件旁的 jre\bin\java.exe、JAVA_HOME、PATH 中的 java.exe。
rem   环境变量 ZHENGJIAO_JAVA_OPTS 可调整内存，如 -Xmx2g。
set "ZJ_HOME=%~dp0"
set "ZJ_PAUSE="
set "ZJ_RC=0"
set "ZJ_RUN="
if "%~1"=="" set "ZJ_PAUSE=1"
if "%~1"=="" goto usage
if exist "%~1\" if not "%~2"=="" set "ZJ_RUN=run"
if not "%~2"=="" goto find
if exist "%~1\" set "ZJ_PAUSE=1"

:find
set "ZJ_JAR=%ZJ_HOME%zhengjiao.jar"
if not exist "%ZJ_JAR%" set "ZJ_JAR=%ZJ_HOME%..\target\zhengjiao.jar"
if not exist "%ZJ_JAR%" set "ZJ_JAR=%ZJ_HOME%..\zhengjiao.jar"
if not exist "%ZJ_JAR%" goto nojar
set "ZJ_JAVA="
if exist "%ZJ_HOME%jre\bin\java.exe" set "ZJ_JAVA=%ZJ_HOME%jre\bin\java.exe"
if not defined ZJ_JAVA if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "ZJ_JAVA=%JAVA_HOME%\bin\java.exe"
if not defined ZJ_JAVA for %%j in (java.exe) do if not "%%~$PATH:j"=="" set "ZJ_JAVA=%%~$PATH:j"
if not defined ZJ_JAVA goto nojava
set "ZJ_VERFILE=%TEMP%\zhengjiao-java-version-%RANDOM%.txt"
"%ZJ_JAVA%" -version 2>"%ZJ_VERFILE%"
set "ZJ_VER="
for /f "usebackq tokens=1-3" %%a in ("%ZJ_VERFILE%") do if /i "%%b"=="version" if not defined ZJ_VER set "ZJ_VER=%%~c"
del "%ZJ_VERFILE%" >nul 2>&1
set "ZJ_MAJOR="
set "ZJ_MINOR="
for /f "tokens=1 delims=._-+" %%a in ("%ZJ_VER%") do set "ZJ_MAJOR=%%a"
for /f "tokens=2 delims=._-+" %%a in ("%ZJ_VER%") do set "ZJ_MINOR=%%a"
if "%ZJ_MAJOR%"=="1" set "ZJ_MAJOR=%ZJ_MINOR%"
if not defined ZJ_MAJOR goto nojava
set "ZJ_NUM=0"
set /a "ZJ_NUM=%ZJ_MAJOR%+0" >nul 2>&1
if %ZJ_NUM% LSS 17 goto oldjava
if not defined ZHENGJIAO_JAVA_OPTS set "ZHENGJIAO_JAVA_OPTS=-Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MetaspaceSize=128m -XX:Tier3InvocationThreshold=100 -XX:Tier3MinInvocationThreshold=50 -XX:Tier3CompileThreshold=500 -XX:Tier3BackEdgeThreshold=5000"
if defined ZJ_PAUSE goto dragged
chcp 65001 >nul
"%ZJ_JAVA%" %ZHENGJIAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%ZJ_JAR%" %ZJ_RUN% %*
set "ZJ_RC=%ERRORLEVEL%"
chcp %ZJ_OLDCP% >nul
goto end

:dragged
echo 征缴文件夹：%~1
echo.
chcp 65001 >nul
"%ZJ_JAVA%" %ZHENGJIAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%ZJ_JAR%" run "%~1"
set "ZJ_RC=%ERRORLEVEL%"
chcp %ZJ_OLDCP% >nul
echo.
if "%ZJ_RC%"=="0" echo 已完成。报表在征缴文件夹里的 output 文件夹：%~1\output
if not "%ZJ_RC%"=="0" echo 没有生成报表（退出码 %ZJ_RC%）。请按上面的说明改正文件后，再把文件夹拖到 zhengjiao.bat 上。
goto end

:usage
echo 征缴工具：请把征缴文件夹（放着 campaign.yaml、任务分解表和 payments 清册的文件夹）拖到 zhengjiao.bat 上。
echo 报表会写到该文件夹里的 output 文件夹。也可以先拖 示例 里的 zhuji-2023 试一试。
echo 命令行用法：zhengjiao.bat run ^<征缴文件夹^> [--as-of yyyy-MM-dd] [--out 输出文件夹]；zhengjiao.bat --help 查看全部命令。
goto end

:nojar
echo 找不到 zhengjiao.jar：它应与 zhengjiao.bat 放在同一个文件夹里。请把整个压缩包重新解压后再试。
set "ZJ_RC=2"
goto end

:nojava
echo 没有找到 Java，无法运行征缴工具。
goto installjava

:oldjava
echo 找到的 Java 版本是 %ZJ_VER%（%ZJ_JAVA%），征缴工具需要 Java 17 或更高版本。
goto installjava

:installjava
echo 请安装 Java 17（如 https://adoptium.net/zh-CN/ 的 Temurin 17：选 Windows、x64、JRE 或 JDK 的 .msi 安装包，
echo 安装时选中“设置 JAVA_HOME 变量”），装好后再把文件夹拖到 zhengjiao.bat 上。
echo 不能上网的电脑：在能上网的电脑上下载安装包，用 U 盘拷过来安装；或把解压好的 Java 放在本文件旁的 jre 文件夹里
echo （使 jre\bin\java.exe 存在）。
set "ZJ_RC=3"
goto end

:end
if defined ZJ_PAUSE pause
endlocal & exit /b %ZJ_RC%
