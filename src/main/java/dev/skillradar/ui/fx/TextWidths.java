package dev.skillradar.ui.fx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.Label;
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
        // written out: a record's generated equals and hashCode bootstrap method handles on their first call, before
        // the first frame here (README, Design > Start-up); the same meaning
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && texts.equals(k.texts) && Objects.equals(font, k.font);
        }

        @Override
        public int hashCode() {
            return 31 * texts.hashCode() + Objects.hashCode(font);
        }
    }

    private TextWidths() {
    }

    /**
     * Keeps room in {@code label} for the longest of its possible texts in its current font, measured again
     * when the font or any of {@code changes} (the language, say) changes: the label never grows later.
     */
    public static void reserveRoom(Label label, Supplier<List<String>> texts, Observable... changes) {
        Runnable reserve = () -> label.setMinWidth(widest(texts.get(), label.getFont())
                + label.snappedLeftInset() + label.snappedRightInset() + 2);
        label.fontProperty().addListener(obs -> reserve.run());
        for (Observable o : changes) {
            o.addListener(obs -> reserve.run());
        }
        reserve.run();
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
