package dev.skillradar.ui.control;

import dev.skillradar.chart.BundledFont;
import java.net.URL;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;

/**
 * The bundled DejaVu faces as JavaFX fonts at the sizes a layout asks for, one instance per size so that an
 * unchanged label keeps the very same font object (its text node then has nothing to recompute).
 */
final class ChartFonts {
    private final Map<BundledFont, Map<Double, Font>> sized = new EnumMap<>(BundledFont.class);

    Font font(BundledFont face, double size) {
        return sized.computeIfAbsent(face, f -> new HashMap<>())
                .computeIfAbsent(size, s -> new Font(Registered.NAMES.get(face), s));
    }

    /**
     * Each face registered once per process: {@code Font.loadFont} copies the file into a new temporary file on
     * every call, while a registered font is then found by its full name at any size (registered fonts come before
     * an installed font of the same name).
     */
    private static final class Registered {
        static final Map<BundledFont, String> NAMES = register();

        private static Map<BundledFont, String> register() {
            Map<BundledFont, String> names = new EnumMap<>(BundledFont.class);
            for (BundledFont face : BundledFont.values()) {
                URL url = BundledFont.class.getResource(face.resource());
                Font loaded = url == null ? null : Font.loadFont(url.toExternalForm(), 13);
                if (loaded == null) {
                    throw new IllegalStateException("cannot load the bundled font " + face.resource());
                }
                names.put(face, loaded.getName());
            }
            return Collections.unmodifiableMap(names);
        }
    }
}
