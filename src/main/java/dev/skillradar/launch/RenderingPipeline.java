package dev.skillradar.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * JavaFX's rendering pipeline on a Linux machine without a graphics device. Without {@code /dev/dri} (the kernel's
 * graphics drivers, which Mesa's hardware drivers use), {@code /dev/nvidiactl} (NVIDIA's own driver) and
 * {@code /dev/dxg} (a GPU under WSL), OpenGL can only be Mesa's software rasteriser: JavaFX loads it, finds a
 * software renderer, rejects it and falls back to its own software pipeline ("sw"). Choosing that pipeline at once
 * skips the probe, which also leaves no Mesa shader cache in the user's home (a file outside the data folder). The
 * window looks and works the same. A {@code prism.order} the user gives (-Dprism.order=...) always wins; other
 * systems are left to JavaFX.
 */
public final class RenderingPipeline {
    /** Where a GPU shows itself; any one of them present and JavaFX probes OpenGL as usual. */
    static final List<String> GPU_DEVICES = List.of("/dev/dri", "/dev/nvidiactl", "/dev/dxg");

    private RenderingPipeline() {
    }

    /** The pipeline to ask JavaFX for, if any: "sw" on Linux when no GPU device exists and none was asked for. */
    static Optional<String> choose(String osName, String prismOrder, Predicate<String> exists) {
        if (prismOrder != null || osName == null || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return Optional.empty();
        }
        return GPU_DEVICES.stream().anyMatch(exists) ? Optional.empty() : Optional.of("sw");
    }

    /** Before the toolkit starts (the launcher calls it just before {@code Application.launch}). */
    public static void applyToThisProcess() {
        choose(System.getProperty("os.name"), System.getProperty("prism.order"), p -> Files.exists(Path.of(p)))
                .ifPresent(order -> System.setProperty("prism.order", order));
    }
}
