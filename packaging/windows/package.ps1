# SkillRadar's Windows .msi (mvn -Ppackage package on Windows). NOT RUN by the project so far: written from
# the Linux script (packaging/linux/package.sh, which is tested) and jpackage's documentation. The same
# steps: a jlink runtime from JavaFX's *-win.jar modules plus what jdeps finds, JavaFX's .dll files in the
# runtime's bin\, sqlite-jdbc's in the app folder, then jpackage --type msi (packaging/jpackage/windows.args),
# which needs the WiX Toolset on PATH. No class-data archive yet. Environment as for the Linux script.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$version = $env:VERSION
$build = if ($env:BUILD_DIR) { $env:BUILD_DIR } else { 'target' }
$buildJdk = $env:BUILD_JDK
$packageJdk = if ($env:PACKAGE_JDK -and $env:PACKAGE_JDK -ne 'auto' -and $env:PACKAGE_JDK -ne 'build') { $env:PACKAGE_JDK } else { $buildJdk }
$feature = [int]((Get-Content "$packageJdk\release" | Select-String '^JAVA_VERSION="(\d+)').Matches[0].Groups[1].Value)
$work = Join-Path $build 'package'
if (Test-Path $work) { Remove-Item -Recurse -Force $work }
New-Item -ItemType Directory -Force "$work\input\lib", "$work\input\native" | Out-Null
Copy-Item "$build\skillradar.jar" "$work\input\"
$fxJars = @()
foreach ($j in Get-ChildItem "$build\lib\*.jar") {
    if ($j.Name -match '^javafx-.*-win\.jar$') { $fxJars += $j.FullName }
    elseif ($j.Name -notmatch '^javafx-') { Copy-Item $j.FullName "$work\input\lib\" }
}
$fxPath = $fxJars -join ';'
$fxModules = ($fxJars | ForEach-Object { ((Split-Path $_ -Leaf) -replace '-\d.*$', '') -replace '^javafx-', 'javafx.' }) -join ','
$sqliteJar = (Get-ChildItem "$work\input\lib\sqlite-jdbc-*.jar").FullName
Push-Location "$work\input\native"
& "$buildJdk\bin\jar" xf $sqliteJar 'org/sqlite/native/Windows/x86_64/sqlitejdbc.dll'
Move-Item 'org\sqlite\native\Windows\x86_64\sqlitejdbc.dll' . ; Remove-Item -Recurse org
Pop-Location
$cp = (Get-ChildItem "$work\input\lib\*.jar").FullName -join ';'
$jdkModules = (& "$packageJdk\bin\jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps `
    --module-path $fxPath --class-path $cp "$work\input\skillradar.jar" | Select-Object -Last 1)
$modules = ((($jdkModules + ',jdk.localedata') -split ',' | Where-Object { $_ -notmatch '^javafx\.' } | Sort-Object -Unique) -join ',') + ",$fxModules"
& "$packageJdk\bin\jlink" --module-path $fxPath --add-modules $modules --include-locales=en,de `
    --strip-debug --no-header-files --no-man-pages '--exclude-resources=glob:/javafx.*/*.dll' --output "$work\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }
$graphics = $fxJars | Where-Object { $_ -match 'javafx-graphics-' }
Push-Location "$work\runtime\bin"
$dlls = & "$buildJdk\bin\jar" tf $graphics | Where-Object { $_ -match '^[^/]*\.dll$' }
& "$buildJdk\bin\jar" xf $graphics @dlls
Pop-Location
$javaOptions = @()
if ($feature -ge 24) {
    $javaOptions = @('--java-options', '--enable-native-access=javafx.graphics,ALL-UNNAMED',
                     '--java-options', '--sun-misc-unsafe-memory-access=allow')
}
& "$buildJdk\bin\jpackage" '@packaging/jpackage/app.args' '@packaging/jpackage/windows.args' @javaOptions `
    --app-version $version --input "$work\input" --runtime-image "$work\runtime" --dest $work
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$work\*.msi"
