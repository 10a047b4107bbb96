package dev.skillradar.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code skillradar.jar} as a child process, the way a user's shell does. */
final class SkillRadarProcess {
    private static final long TIMEOUT_SECONDS = 60;

    private final Path dataDir;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> removeEnv = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();

    SkillRadarProcess(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Sets an environment variable of the child (LANG, LC_ALL, JAVA_TOOL_OPTIONS ...). */
    SkillRadarProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    SkillRadarProcess withoutEnv(String name) {
        removeEnv.add(name);
        return this;
    }

    SkillRadarProcess jvm(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** What the process did; stdout and stderr are kept as bytes and decoded as UTF-8 on request. */
    record Outcome(int exit, byte[] stdout, byte[] stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        String err() {
            return new String(stderr, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out() + "--- stderr\n" + err();
        }
    }

    static Path jar() {
        String jar = System.getProperty("skillradar.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("system property skillradar.jar must name the packaged jar, not " + jar);
        }
        return Path.of(jar);
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Runs {@code java -jar skillradar.jar --data-dir DIR args...}. */
    Outcome run(String... args) {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.add("--data-dir");
        command.add(dataDir.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SKILLRADAR_HOME");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        removeEnv.forEach(pb.environment()::remove);
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<byte[]> out = drain(p.getInputStream());
            CompletableFuture<byte[]> err = drain(p.getErrorStream());
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("skillradar " + String.join(" ", args) + " did not end within "
                        + TIMEOUT_SECONDS + " s");
            }
            return new Outcome(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<byte[]> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
