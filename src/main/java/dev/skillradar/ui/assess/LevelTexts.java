package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Scale;
import dev.skillradar.ui.common.Messages;
import java.text.BreakIterator;
import java.util.Locale;

/** How a level of one scale reads: "3 · Independent" on the proficiency scale, "B2" on the CEFR scale. */
final class LevelTexts {
    private final Roadmap roadmap;
    private final Messages messages;
    private final Scale scale;

    LevelTexts(Roadmap roadmap, Messages messages, Scale scale) {
        this.roadmap = roadmap;
        this.messages = messages;
        this.scale = scale;
    }

    String name(int value) {
        return messages.of(level(value).name());
    }

    String description(int value) {
        return messages.of(level(value).description());
    }

    /** The level with its name; CEFR names ("B2") stand alone. */
    String label(int value) {
        return scale == Scale.CEFR ? name(value) : messages.get("assess.level.label", value, name(value));
    }

    /** The shortest form, for "Target: 3" or "Target: B2". */
    String shortLabel(int value) {
        return scale == Scale.CEFR ? name(value) : Integer.toString(value);
    }

    private Level level(int value) {
        return roadmap.level(scale, Math.max(Level.MIN, Math.min(Level.MAX, value)));
    }

    /** The first sentence of a description, for a one-line summary (the full text is in a tooltip). */
    static String firstSentence(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return "";
        }
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text);
        int end = it.next();
        return end == BreakIterator.DONE ? text.trim() : text.substring(0, end).trim();
    }
}
