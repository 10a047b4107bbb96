package dev.skillradar.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RenderingPipelineTest {
    private static Optional<String> on(String os, String asked, String... devices) {
        Set<String> present = Set.of(devices);
        return RenderingPipeline.choose(os, asked, present::contains);
    }

    @Test
    void linuxWithoutAnyGpuDeviceRendersInSoftwareAtOnce() {
        assertEquals(Optional.of("sw"), on("Linux", null));
    }

    @Test
    void anyGpuDeviceLeavesTheChoiceToJavaFx() {
        assertEquals(Optional.empty(), on("Linux", null, "/dev/dri"));
        assertEquals(Optional.empty(), on("Linux", null, "/dev/nvidiactl"));
        assertEquals(Optional.empty(), on("Linux", null, "/dev/dxg"));
    }

    @Test
    void thePipelineTheUserAskedForWins() {
        assertEquals(Optional.empty(), on("Linux", "es2"));
        assertEquals(Optional.empty(), on("Linux", "sw"));
    }

    @Test
    void otherSystemsAreLeftToJavaFx() {
        assertEquals(Optional.empty(), on("Windows 11", null));
        assertEquals(Optional.empty(), on("Mac OS X", null));
        assertEquals(Optional.empty(), on(null, null));
    }
}
