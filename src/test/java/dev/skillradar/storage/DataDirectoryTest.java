package dev.skillradar.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataDirectoryTest {
    private static final String WIN_APPDATA = "C:\\Users\\ana\\AppData\\Roaming";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("option beats environment and OS", "/opt/radar", Map.of("SKILLRADAR_HOME", "/env/radar",
                        "XDG_DATA_HOME", "/xdg"), "Linux", "/home/ana", Path.of("/opt/radar")),
                Arguments.of("SKILLRADAR_HOME beats the OS default", null, Map.of("SKILLRADAR_HOME", "/env/radar",
                        "XDG_DATA_HOME", "/xdg"), "Linux", "/home/ana", Path.of("/env/radar")),
                Arguments.of("blank option is ignored", "  ", Map.of("SKILLRADAR_HOME", "/env/radar"), "Linux",
                        "/home/ana", Path.of("/env/radar")),
                Arguments.of("blank variable is ignored", null, Map.of("SKILLRADAR_HOME", ""), "Linux", "/home/ana",
                        Path.of("/home/ana/.local/share/skillradar")),
                Arguments.of("Linux uses XDG_DATA_HOME", null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/ana",
                        Path.of("/xdg/skillradar")),
                Arguments.of("Linux falls back to ~/.local/share", null, Map.of(), "Linux", "/home/ana",
                        Path.of("/home/ana/.local/share/skillradar")),
                Arguments.of("a relative XDG_DATA_HOME is ignored", null, Map.of("XDG_DATA_HOME", "rel/dir"), "Linux",
                        "/home/ana", Path.of("/home/ana/.local/share/skillradar")),
                Arguments.of("FreeBSD follows XDG too", null, Map.of(), "FreeBSD", "/home/ana",
                        Path.of("/home/ana/.local/share/skillradar")),
                Arguments.of("Windows uses APPDATA", null, Map.of("APPDATA", WIN_APPDATA), "Windows 11", "C:\\Users\\ana",
                        Path.of(WIN_APPDATA, "SkillRadar")),
                Arguments.of("Windows without APPDATA", null, Map.of(), "Windows 10", "C:\\Users\\ana",
                        Path.of("C:\\Users\\ana", "AppData", "Roaming", "SkillRadar")),
                Arguments.of("macOS uses Application Support", null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X",
                        "/Users/ana", Path.of("/Users/ana/Library/Application Support/SkillRadar")),
                Arguments.of("~ in the option means the home folder", "~/radar", Map.of(), "Linux", "/home/ana",
                        Path.of("/home/ana/radar")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void resolvesTheDataDirectory(String description, String option, Map<String, String> env, String os,
                                  String home, Path expected) {
        assertEquals(expected, DataDirectory.resolve(option, env, os, home));
    }

    @Test
    void relativeOptionBecomesAbsolute() {
        Path resolved = DataDirectory.resolve("data/here", Map.of(), "Linux", "/home/ana");
        assertTrue(resolved.isAbsolute());
        assertEquals(Path.of("data/here").toAbsolutePath().normalize(), resolved);
    }

    @Test
    void defaultResolutionHonoursTheOption() {
        assertEquals(Path.of("/tmp/skillradar-option"), DataDirectory.resolveDefault("/tmp/skillradar-option"));
        assertTrue(DataDirectory.resolveDefault(null).isAbsolute());
    }
}
