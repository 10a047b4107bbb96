package dev.skillradar.ui.fx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The width of the widest of some texts in a font, for labels that keep room for their longest
 * text. Every row asks the same few questions (its level and status words), so each answer is
 * measured once. FX thread only.
 */
public final class TextWidths {
    /** A few entries per language and font size; the least recently used goes first. */
    private static final int MAX_ENTRIES = 64;
    private static final Map<Key, Double> WIDEST = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Key(List<String> texts, Font font) {
    }

    private TextWidths() {
    }

    public static double widest(List<String> texts, Font font) {
        return WIDEST.computeIfAbsent(new Key(List.copyOf(texts), font), k -> {
            Text probe = new Text();
            probe.setFont(font);
            double widest = 0;
            for (String t : k.texts()) {
                probe.setText(t);
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            return widest;
        });
    }
}
