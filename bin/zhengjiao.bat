@echo off
chcp 65001 >nul
rem 征缴工具启动脚本：bin\zhengjiao.bat run <征缴文件夹> [--as-of yyyy-MM-dd] [--out 输出文件夹]
rem 需要 Java 17。可用环境变量 ZHENGJIAO_JAVA_OPTS 调整内存。
setlocal
set "HERE=%~dp0.."
set "JAR=%HERE%\target\zhengjiao.jar"
if not exist "%JAR%" set "JAR=%HERE%\zhengjiao.jar"
if not exist "%JAR%" (
  echo 找不到 zhengjiao.jar：请先运行 mvn -B -q -DskipTests package 1>&2
  exit /b 2
)
if "%ZHENGJIAO_JAVA_OPTS%"=="" set "ZHENGJIAO_JAVA_OPTS=-Xmx1g"
java %ZHENGJIAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
