package dev.skillradar.report.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One piece of a report's flow, laid out top to bottom by {@link PdfTypesetter}. Text is taken as given, already
 * in the reader's language; characters the bundled font cannot show appear as □ and are counted.
 */
public sealed interface Block permits Block.Title, Block.Heading, Block.Paragraph, Block.BulletList,
        Block.KeyValues, Block.KeyFigure, Block.Spacer, Block.PageBreak, Block.KeepTogether, Table, Bars, Figure {

    /** The size a paragraph's text is set in: body text, or small and grey (captions, notes, footnotes). */
    enum TextSize { BODY, SMALL }

    /** The document's title (20 pt) with an optional subtitle line below it and a rule under both. */
    record Title(String title, String subtitle) implements Block {
        public Title {
            Objects.requireNonNull(title, "title");
            subtitle = Objects.requireNonNullElse(subtitle, "");
        }
    }

    /** A section heading of level 1 to 3, with a bookmark in the PDF's outline (nested by level) if wanted. */
    record Heading(int level, String text, boolean bookmarked) implements Block {
        public Heading {
            if (level < 1 || level > 3) {
                throw new IllegalArgumentException("heading levels are 1 to 3, not " + level);
            }
            Objects.requireNonNull(text, "text");
        }

        public static Heading h1(String text) {
            return new Heading(1, text, true);
        }

        public static Heading h2(String text) {
            return new Heading(2, text, true);
        }

        public static Heading h3(String text) {
            return new Heading(3, text, true);
        }
    }

    /** Text made of runs, wrapped to the width it is given; may break across pages between its lines. */
    record Paragraph(List<Run> runs, TextSize size) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
            Objects.requireNonNull(size, "size");
        }

        public static Paragraph of(String text) {
            return of(Run.plain(text));
        }

        public static Paragraph of(Run... runs) {
            return new Paragraph(Arrays.asList(runs), TextSize.BODY);
        }

        public static Paragraph small(String text) {
            return small(Run.plain(text));
        }

        public static Paragraph small(Run... runs) {
            return new Paragraph(Arrays.asList(runs), TextSize.SMALL);
        }
    }

    /** A list of items, each a paragraph behind a bullet, wrapped with a hanging indent. */
    record BulletList(List<Paragraph> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        public static BulletList of(String... items) {
            return new BulletList(Arrays.stream(items).map(Paragraph::of).toList());
        }
    }

    /** Rows of a name (left, grey) and its value (right, body text): "Profile  Anna", "Target role  Junior". */
    record KeyValues(List<Entry> entries) implements Block {
        public KeyValues {
            entries = List.copyOf(entries);
        }

        /** One row. */
        public record Entry(String key, List<Run> value) {
            public Entry {
                Objects.requireNonNull(key, "key");
                value = List.copyOf(value);
            }
        }

        public static Entry entry(String key, String value) {
            return new Entry(key, List.of(Run.plain(value)));
        }

        public static Entry entry(String key, Run... value) {
            return new Entry(key, Arrays.asList(value));
        }

        public static KeyValues of(Entry... entries) {
            return new KeyValues(Arrays.asList(entries));
        }
    }

    /** One number set large ("62 %"), with a bold label and a small caption beside it. */
    record KeyFigure(String value, String label, String caption) implements Block {
        public KeyFigure {
            Objects.requireNonNull(value, "value");
            label = Objects.requireNonNullElse(label, "");
            caption = Objects.requireNonNullElse(caption, "");
        }
    }

    /** Extra vertical space in points, dropped at the top of a page like all spacing between blocks. */
    record Spacer(double points) implements Block {
        public Spacer {
            if (!(points >= 0) || points > 500) {
                throw new IllegalArgumentException("a spacer is 0 to 500 points, not " + points);
            }
        }
    }

    /** The next block starts on a new page (nothing happens at the top of an empty page). */
    record PageBreak() implements Block {
    }

    /** Blocks that move to the next page together rather than be split, unless together they exceed a page. */
    record KeepTogether(List<Block> blocks) implements Block {
        public KeepTogether {
            blocks = List.copyOf(blocks);
        }

        public static KeepTogether of(Block... blocks) {
            return new KeepTogether(Arrays.asList(blocks));
        }
    }
}
