package dev.skillradar.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@link CliMain} in-process on one data directory and captures exit code, stdout and stderr. */
final class CliRunner {
    static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private final Path dataDir;
    private final Clock clock;
    private final Devices devices;

    CliRunner(Path dataDir) {
        this(dataDir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    CliRunner(Path dataDir, Clock clock) {
        this(dataDir, clock, Devices.real());
    }

    CliRunner(Path dataDir, Clock clock, Devices devices) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.devices = devices;
    }

    /** The same runner writing files and printing through {@code other} (failing disks, no printers). */
    CliRunner with(Devices other) {
        return new CliRunner(dataDir, clock, other);
    }

    Path dataDir() {
        return dataDir;
    }

    /** The captured outcome; {@code out} and {@code err} decoded as UTF-8. */
    record Result(int exit, String out, String err, byte[] outBytes) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs with {@code --data-dir} prepended. */
    Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        return runRaw(all.toArray(String[]::new));
    }

    /** Runs exactly these arguments. */
    Result runRaw(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // Latin-1 streams: the CLI must still write UTF-8 bytes whatever the stream it is handed.
        PrintStream o = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
        PrintStream e = new PrintStream(err, true, StandardCharsets.ISO_8859_1);
        int exit = CliMain.run(args, o, e, Map.of(), clock, devices);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }
}
