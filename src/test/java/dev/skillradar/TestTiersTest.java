package dev.skillradar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast loop ({@code mvn test -Pfast}) leaves out exactly the tests tagged "fx" and "slow". A test that
 * drives the toolkit or kills processes but forgot its tag would slow that loop down (or, run headless without
 * Monocle, fail there): every such class must say which tier it belongs to.
 */
class TestTiersTest {
    private static final Path TESTS = Path.of("src/test/java/dev/skillradar");

    private static List<String> untagged(String marker, String tag) throws IOException {
        List<String> out = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(TESTS)) {
            for (Path f : files.filter(p -> p.toString().endsWith("Test.java"))
                    .filter(p -> !p.getFileName().toString().equals("TestTiersTest.java")).toList()) {
                String code = Files.readString(f);
                if (code.contains(marker)) {
                    seen++;
                    if (!code.contains("@Tag(\"" + tag + "\")")) {
                        out.add(TESTS.relativize(f).toString());
                    }
                }
            }
        }
        assertTrue(seen > 0, "no test uses " + marker + ": is the marker still right?");
        return out;
    }

    @Test
    void everyTestThatDrivesTheWindowIsTaggedFx() throws IOException {
        assertEquals(List.of(), untagged("org.testfx", "fx"));
    }

    @Test
    void everyTestThatStartsOtherProcessesIsTaggedSlow() throws IOException {
        assertEquals(List.of(), untagged("ProcessBuilder", "slow"));
    }
}
