@echo off
rem Caravan's launcher (Windows): finds Java 17+ and starts Caravan with the JVM options of
rem docs\decisions\0023-launcher-jvm-options.md. Without arguments it opens the window.
rem   CARAVAN_JAVA      the java to use (else the bundled runtime, %JAVA_HOME%\bin\java, java on PATH)
rem   CARAVAN_JAVA_OPTS more JVM options, after Caravan's own
rem   CARAVAN_CDS=off   no class-data archive (it lives in %LOCALAPPDATA%\Caravan\cache; delete it any time)
setlocal
set "HOME_DIR=%~dp0.."
for %%i in ("%HOME_DIR%") do set "HOME_DIR=%%~fi"

set "JAVA_EXE=%CARAVAN_JAVA%"
if not defined JAVA_EXE if exist "%HOME_DIR%\runtime\bin\java.exe" set "JAVA_EXE=%HOME_DIR%\runtime\bin\java.exe"
if not defined JAVA_EXE if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined JAVA_EXE (
  where java >nul 2>nul
  if errorlevel 1 (
    echo caravan: no Java found; install Java 17 or newer ^(https://adoptium.net^) or set JAVA_HOME 1>&2
    exit /b 1
  )
  set "JAVA_EXE=java"
)

rem short commands and the window start faster with the first JIT tier only (the window: ADR 0041) and one
rem compiler thread (a second one took the core the command needed: ADR 0042); long work
rem keeps both tiers with a leaner C2 (less inlining, no escape analysis: ADR 0033; hot methods inlined up to 150
rem bytes of bytecode: ADR 0045); batch commands also start with a larger
rem heap (4% of the memory) whose survivors are promoted after one collection: an import's parsed
rem transcripts and index buffers live to the end (ADR 0035), and they collect on every core with the
rem parallel collector, its generations sized as the serial one's (ADR 0039)
set "LEAN_C2=-XX:InlineSmallCode=500 -XX:MaxInlineLevel=6 -XX:FreqInlineSize=150 -XX:-DoEscapeAnalysis"
set "BATCH_OPTS=-XX:+UseParallelGC -XX:-UseAdaptiveSizePolicy %LEAN_C2% -XX:InitialRAMPercentage=4 -XX:MaxTenuringThreshold=1"
set "SHORT_OPTS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC"
set "OPTS=%SHORT_OPTS%"
set "KIND=cli"
if "%~1"=="" set "KIND=window"
for %%c in (import export autocode reindex check table agreement restore backup bench refi) do (
  if /i "%~1"=="%%c" (set "OPTS=%BATCH_OPTS%" & set "KIND=batch")
)
rem each kind of command maps its own class-data archive, trained on commands of that kind (ADR 0034, 0040): Java
rem relocates the whole archive at every start, and the listing commands need one of 21 MB, not one of 55 MB
for %%c in (stats documents codings units) do (
  if /i "%~1"=="%%c" set "KIND=list"
)
if /i "%~1"=="gui" set "KIND=window"

rem class-data sharing: the first run records the classes it loads into an archive, later runs map it
if /i "%CARAVAN_CDS%"=="off" goto run
if "%~1"=="-V" goto run
if "%~1"=="--version" goto run
if not defined LOCALAPPDATA goto run
set "CACHE=%LOCALAPPDATA%\Caravan\cache"
set "JSA=%CACHE%\caravan-${project.version}-%KIND%.jsa"
if exist "%JSA%" (
  set "OPTS=%OPTS% -XX:SharedArchiveFile="%JSA%""
  goto run
)
if not exist "%CACHE%" mkdir "%CACHE%" 2>nul
if "%KIND%"=="window" goto firstwindow
rem a command line's archive comes from a training run of everyday commands of its kind on a demo project in a
rem temporary folder (ADR 0034), not from whichever command happens to run first
echo caravan: preparing a faster start for this installation (once, a few seconds) 1>&2
"%JAVA_EXE%" %SHORT_OPTS% -XX:ArchiveClassesAtExit="%JSA%" -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -cp "%HOME_DIR%\lib\*" org.caravanqda.Main --train-class-archive %KIND% >nul 2>nul
if exist "%JSA%" set "OPTS=%OPTS% -XX:SharedArchiveFile="%JSA%""
goto run

:firstwindow
rem the window's archive comes from a training run too, after this first session: the start screen and the
rem workbench over a demo project, drawn off screen (ADR 0036); an archive of the first session lacked the 2,400
rem classes of an open project when that session showed the start screen alone
"%JAVA_EXE%" %OPTS% -Dfile.encoding=UTF-8 -cp "%HOME_DIR%\lib\*" %CARAVAN_JAVA_OPTS% org.caravanqda.Main %*
set "CODE=%ERRORLEVEL%"
if not "%CODE%"=="0" exit /b %CODE%
echo caravan: preparing a faster start for the next window (once, a few seconds) 1>&2
"%JAVA_EXE%" %OPTS% -XX:ArchiveClassesAtExit="%JSA%.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -Dfile.encoding=UTF-8 -cp "%HOME_DIR%\lib\*" org.caravanqda.Main --train-window-archive >nul 2>nul
if not errorlevel 1 if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul
if exist "%JSA%.tmp" del "%JSA%.tmp"
exit /b %CODE%

:run
"%JAVA_EXE%" %OPTS% -Dfile.encoding=UTF-8 -cp "%HOME_DIR%\lib\*" %CARAVAN_JAVA_OPTS% org.caravanqda.Main %*
exit /b %ERRORLEVEL%
