package dev.skillradar.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script {@code mvn package} writes next to the jar (packaging/launcher/skillradar):
 * arguments and exit codes pass through untouched, nothing but the command's output reaches stdout,
 * and the class-data archive made by the build (AppCDS for the build's JDK, and where a JDK 24+ was found
 * the AOT cache the launcher then prefers) is the one the JVM actually uses.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {
    @TempDir
    Path dir;

    private record Outcome(int exit, String out, String err) {
    }

    private static Path launcher() {
        Path launcher = SkillRadarProcess.jar().resolveSibling("skillradar");
        assertTrue(Files.isExecutable(launcher), "mvn package should write an executable launcher at " + launcher);
        return launcher;
    }

    private Outcome run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().remove("SKILLRADAR_JAVA");
        pb.environment().remove("SKILLRADAR_JAVA_OPTS");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void passesArgumentsWithSpacesAndTheExitCode() throws Exception {
        Path data = dir.resolve("my data");
        Outcome rate = run(Map.of(), "--data-dir", data.toString(), "rate", "sql", "3", "--note", "two  spaces and ümlauts");
        assertEquals(0, rate.exit(), rate::toString);
        Outcome score = run(Map.of(), "--data-dir", data.toString(), "score", "--format", "json");
        assertEquals(0, score.exit(), score::toString);
        assertEquals("", score.err(), "nothing from the JVM on stderr either");
        JsonNode doc = new ObjectMapper().readTree(score.out()); // stdout is the JSON and nothing else
        assertTrue(doc.has("readiness"), score.out());
        assertTrue(Files.isRegularFile(data.resolve("skillradar.db")), "the data folder with a space was used");

        Outcome unknown = run(Map.of(), "no-such-command");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertTrue(unknown.err().contains("no-such-command"), unknown.err());
    }

    @Test
    void theBuildsAppCdsArchiveIsValidAndUsedWithTheJdkThatMadeIt() throws Exception {
        Path archive = SkillRadarProcess.jar().resolveSibling("skillradar.jsa");
        assumeTrue(Files.isRegularFile(archive), "built with -Dskillradar.cds.skip=true");
        // the build's JDK (the one running the tests), named explicitly: where the build also made an AOT cache
        // the launcher would otherwise start that cache's JDK
        // -Xshare:on turns "archive does not fit" from a silent fallback into a failure
        assertClassesFromTheArchive(Map.of("SKILLRADAR_JAVA", SkillRadarProcess.java().toString(),
                "SKILLRADAR_JAVA_OPTS", "-Xshare:on"));
    }

    @Test
    void whereTheBuildFoundAJdk24ItsAotCacheIsValidAndUsedByDefault() throws Exception {
        Path marker = SkillRadarProcess.jar().resolveSibling("skillradar.aot.java");
        assumeTrue(Files.isRegularFile(marker), "no JDK 24+ or no xvfb-run at build time, or -Dskillradar.launcher.jdk=off");
        assertTrue(Files.isRegularFile(marker.resolveSibling("skillradar.aot")), "the marker names a JDK but there is no cache");
        Path java = Path.of(Files.readString(marker, StandardCharsets.UTF_8).strip());
        assertTrue(Files.isExecutable(java), "the marker names " + java);
        assertTrue(Files.isRegularFile(marker.resolveSibling("skillradar-screens.jsa")), "no screens' archive beside the cache");
        // -Xshare:on turns "archive does not fit" from a silent fallback into a failure; no SKILLRADAR_JAVA:
        // this is the launcher's own choice of JDK
        List<String> lines = assertClassesFromTheArchive(Map.of("SKILLRADAR_JAVA_OPTS", "-Xshare:on"));
        // the window's start is in the AOT cache itself; what only the JSON commands load is in the archive on top
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" dev.skillradar.Main source: shared objects file")), "Main not from the cache");
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(" com.fasterxml.jackson.databind.ObjectMapper source: shared objects file (top)")),
                "ObjectMapper not from skillradar-screens.jsa");
        Outcome version = run(Map.of(), "--version");
        assertEquals(0, version.exit(), version::toString);
        assertEquals("", version.err(), "no warnings from the newer JDK about native access or Unsafe");
    }

    @Test
    void withTheAotCachesJdkJavaFxRunsAsNamedModulesFromItsPlatformJars() throws Exception {
        assumeTrue(Files.isRegularFile(SkillRadarProcess.jar().resolveSibling("skillradar.aot.java")), "no AOT cache was made");
        List<String> modulePath = modulePath(run(Map.of("SKILLRADAR_JAVA_OPTS", "-XshowSettings:properties"), "--version"));
        // JavaFX on the class path would log "Unsupported JavaFX configuration" at every window start
        for (String module : List.of("base", "controls", "graphics", "swing")) {
            assertTrue(modulePath.stream().anyMatch(p -> p.matches(".*/javafx-" + module + "-[0-9.]+-[a-z0-9-]+\\.jar")),
                    module + " is missing from the module path " + modulePath);
        }
        assertTrue(modulePath.stream().noneMatch(p -> p.matches(".*/javafx-[a-z]+-[0-9.]+\\.jar")),
                "the empty, platform-less JavaFX jars would be duplicate modules: " + modulePath);
        // the AppCDS archive fits only the class path it was made with
        assumeTrue(Files.isRegularFile(SkillRadarProcess.jar().resolveSibling("skillradar.jsa")), "no AppCDS archive");
        assertEquals(List.of(), modulePath(run(Map.of("SKILLRADAR_JAVA", SkillRadarProcess.java().toString(),
                "SKILLRADAR_JAVA_OPTS", "-XshowSettings:properties"), "--version")));
    }

    /** The entries of jdk.module.path as -XshowSettings:properties lists them (one per line), none without. */
    private static List<String> modulePath(Outcome r) {
        assertEquals(0, r.exit(), r::toString);
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : r.err().split("\\R")) {
            if (line.strip().startsWith("jdk.module.path = ")) {
                in = true;
                out.add(line.strip().substring("jdk.module.path = ".length()));
            } else if (in && line.startsWith("        ")) {
                out.add(line.strip());
            } else {
                in = false;
            }
        }
        return out;
    }

    @Test
    void anAotCacheOlderThanTheJarIsLeftAlone() throws Exception {
        Path target = SkillRadarProcess.jar().getParent();
        assumeTrue(Files.isRegularFile(target.resolve("skillradar.aot.java")), "no AOT cache was made");
        Path java = Path.of(Files.readString(target.resolve("skillradar.aot.java"), StandardCharsets.UTF_8).strip());
        // a copy of the launcher's folder in which the jar is newer than the cache (a build that skipped the
        // training): Java 25 would run the cached classes of the old jar, so the launcher must not pass the cache
        Path copy = dir.resolve("target");
        Files.createDirectories(copy);
        for (String name : List.of("skillradar", "skillradar.jar", "skillradar.jsa", "skillradar.aot", "skillradar-screens.jsa",
                "skillradar.aot.java")) {
            if (Files.exists(target.resolve(name))) {
                Files.copy(target.resolve(name), copy.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Files.createSymbolicLink(copy.resolve("lib"), target.resolve("lib"));
        Files.setLastModifiedTime(copy.resolve("skillradar.jar"), FileTime.fromMillis(
                Files.getLastModifiedTime(copy.resolve("skillradar.aot")).toMillis() + 60_000));
        ProcessBuilder pb = new ProcessBuilder(copy.resolve("skillradar").toString(), "--version")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stale.txt").toFile());
        pb.environment().remove("SKILLRADAR_JAVA");
        pb.environment().put("SKILLRADAR_JAVA_OPTS", "-XshowSettings:properties");
        Process p = pb.start();
        boolean finished = p.waitFor(60, TimeUnit.SECONDS);
        Files.delete(copy.resolve("lib")); // the link only: JUnit's clean-up would warn about following it
        assertTrue(finished, "launcher did not finish");
        String out = Files.readString(dir.resolve("stale.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        String javaHome = java.getParent().getParent().toString();
        assertTrue(!out.contains("java.home = " + javaHome), "the stale cache's JDK was started:\n" + out);
        assertTrue(out.contains("skillradar "), out);
    }

    private List<String> assertClassesFromTheArchive(Map<String, String> env) throws Exception {
        Path log = dir.resolve("classes.log");
        Map<String, String> withLog = new HashMap<>(env);
        withLog.put("SKILLRADAR_JAVA_OPTS", env.get("SKILLRADAR_JAVA_OPTS") + " -Xlog:class+load:file=" + log);
        Outcome r = run(withLog, "--data-dir", dir.resolve("d").toString(), "roadmap", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertEquals("", r.err(), "nothing on stderr");
        List<String> lines = Files.readAllLines(log);
        for (String cls : List.of("dev.skillradar.Main", "dev.skillradar.catalog.CatalogLoader",
                "com.fasterxml.jackson.databind.ObjectMapper", "java.lang.String")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(" " + cls + " source: shared objects file")),
                    () -> cls + " was not loaded from the archive:\n" + lines.stream().filter(l -> l.contains(" " + cls + " ")).toList());
        }
        return lines;
    }

    @Test
    void sqliteJdbcsNativeLibraryIsLoadedInPlaceNotUnpackedIntoTheTempFolder() throws Exception {
        // a temp "folder" that is a file: nothing can be unpacked there, not even by root, so the command
        // works only if the library is loaded from where the build put it
        Path temp = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path data = dir.resolve("d");
        Outcome r = run(Map.of("SKILLRADAR_JAVA_OPTS", "-Djava.io.tmpdir=" + temp),
                "--data-dir", data.toString(), "rate", "sql", "2");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(Files.isRegularFile(data.resolve("skillradar.db")), "the command opened the database");

        // the check can fail: without the launcher's options sqlite-jdbc has to unpack it there, and cannot
        List<String> plain = new ArrayList<>(List.of(SkillRadarProcess.java().toString(), "-Djava.io.tmpdir=" + temp,
                "-jar", SkillRadarProcess.jar().toString(), "--data-dir", data.toString(), "rate", "sql", "3"));
        Process p = new ProcessBuilder(plain).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("plain.txt").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java -jar did not finish");
        assertTrue(p.exitValue() != 0, () -> "java -jar rated with no temp folder to unpack into: "
                + readQuietly(dir.resolve("plain.txt")));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
