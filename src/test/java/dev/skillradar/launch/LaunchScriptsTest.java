package dev.skillradar.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two shell launchers (target/skillradar from packaging/launcher/skillradar, the app image's bin/SkillRadar from
 * packaging/linux/launcher.sh) tell GTK not to probe OpenGL where no GPU device exists, the case in which
 * {@link RenderingPipeline} asks JavaFX for its software pipeline. Run with a stand-in java that prints what it got.
 */
@Tag("slow") // starts shell processes
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the launchers are POSIX shell scripts; Windows uses the .msi's launcher")
class LaunchScriptsTest {
    private static final Path TARGET_LAUNCHER = Path.of("packaging/launcher/skillradar");
    private static final Path IMAGE_LAUNCHER = Path.of("packaging/linux/launcher.sh");
    private static final boolean NO_GPU = RenderingPipeline.GPU_DEVICES.stream().noneMatch(p -> Files.exists(Path.of(p)));

    @TempDir
    Path dir;

    @Test
    void withoutAGpuDeviceGtkIsToldNotToProbeOpenGl() throws Exception {
        String expected = "GDK_GL=" + (NO_GPU ? "disable" : "unset");
        assertEquals(expected, targetLauncher(Map.of()));
        assertEquals(expected, imageLauncher(Map.of()));
    }

    @Test
    void aGdkGlOfTheUsersWins() throws Exception {
        assertEquals("GDK_GL=always", targetLauncher(Map.of("GDK_GL", "always")));
        assertEquals("GDK_GL=always", imageLauncher(Map.of("GDK_GL", "always")));
        assertEquals("GDK_GL=", targetLauncher(Map.of("GDK_GL", "")));
        assertEquals("GDK_GL=", imageLauncher(Map.of("GDK_GL", "")));
    }

    @Test
    void bothLaunchersLookForTheDevicesRenderingPipelineLooksFor() throws IOException {
        Set<String> expected = Set.copyOf(RenderingPipeline.GPU_DEVICES);
        assertEquals(expected, devicesTested(TARGET_LAUNCHER));
        assertEquals(expected, devicesTested(IMAGE_LAUNCHER));
    }

    @Test
    void theScreensArchiveIsPassedOnlyWhereTheImageWasTrained() throws Exception {
        Path image = image("[Application]\napp.classpath=$APPDIR/skillradar.jar\napp.mainclass=dev.skillradar.Main\n"
                + "[JavaOptions]\njava-options=-XX:SharedArchiveFile=$APPDIR/skillradar.aot:$APPDIR/skillradar-screens.jsa\n"
                + "java-options=-Xshare:auto\n");
        Path app = image.resolve("lib/app").toRealPath();
        Files.writeString(image.resolve("lib/runtime/bin/java"), "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        String both = "-XX:SharedArchiveFile=" + app + "/skillradar.aot:" + app + "/skillradar-screens.jsa";
        String base = "-XX:SharedArchiveFile=" + app + "/skillradar.aot";

        Files.writeString(image.resolve("lib/app/archives.root"), image.toRealPath() + "\n");
        assertTrue(runImage(image).lines().anyMatch(both::equals), "trained here: both archives");

        Files.writeString(image.resolve("lib/app/archives.root"), "/opt/skillradar\n");
        String moved = runImage(image);
        assertTrue(moved.lines().anyMatch(base::equals), moved);
        assertFalse(moved.contains("skillradar-screens.jsa"), moved);
    }

    private static Set<String> devicesTested(Path script) throws IOException {
        String rule = Files.readAllLines(script).stream().filter(l -> l.contains("GDK_GL+x")).findFirst()
                .orElseThrow(() -> new AssertionError(script + " has no GDK_GL rule"));
        Matcher m = Pattern.compile("-e (/dev/[^ \\]]+)").matcher(rule);
        return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
    }

    private String targetLauncher(Map<String, String> env) throws Exception {
        Path java = stubJava(dir.resolve("stub-java"));
        Map<String, String> all = new HashMap<>(env);
        all.put("SKILLRADAR_JAVA", java.toString());
        return run(List.of("sh", TARGET_LAUNCHER.toString(), "--version"), all);
    }

    private String imageLauncher(Map<String, String> env) throws Exception {
        Path image = image("[Application]\napp.classpath=$APPDIR/skillradar.jar\napp.mainclass=dev.skillradar.Main\n");
        stubJava(image.resolve("lib/runtime/bin/java"));
        return run(List.of("bash", image.resolve("bin/SkillRadar").toString(), "--version"), env);
    }

    /** An app image with the launcher and this configuration; lib/runtime/bin/java is for the caller to write. */
    private Path image(String cfg) throws IOException {
        Path image = dir.resolve("SkillRadar");
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Files.copy(IMAGE_LAUNCHER, image.resolve("bin/SkillRadar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(image.resolve("lib/app/SkillRadar.cfg"), cfg);
        Path java = image.resolve("lib/runtime/bin/java");
        Files.writeString(java, "");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return image;
    }

    private static String runImage(Path image) throws Exception {
        return run(List.of("bash", image.resolve("bin/SkillRadar").toString(), "--version"), Map.of());
    }

    private static Path stubJava(Path at) throws IOException {
        Files.writeString(at, "#!/bin/sh\nprintf 'GDK_GL=%s\\n' \"${GDK_GL-unset}\"\n");
        Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwxr-xr-x"));
        return at;
    }

    private static String run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("GDK_GL");
        pb.environment().remove("SKILLRADAR_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
