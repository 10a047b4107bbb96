package dev.skillradar.report.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table whose header row (the columns' titles) is repeated on every page it continues on. A row stays on one
 * page unless it alone is taller than a page; then it continues on the next page under the repeated header.
 */
public record Table(List<Column> columns, List<Row> rows) implements Block {

    /** A column: its title in the header row, its share of the width (relative weight), its alignment. */
    public record Column(String title, double weight, Align align) {
        public Column {
            title = Objects.requireNonNullElse(title, "");
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a column's weight is positive, not " + weight);
            }
            Objects.requireNonNull(align, "align");
        }

        public static Column left(String title, double weight) {
            return new Column(title, weight, Align.LEFT);
        }

        public static Column right(String title, double weight) {
            return new Column(title, weight, Align.RIGHT);
        }

        public static Column center(String title, double weight) {
            return new Column(title, weight, Align.CENTER);
        }
    }

    /** A row: either cells, one paragraph per column, or a group label spanning all columns. */
    public sealed interface Row permits Cells, Group {
    }

    /** A body row with one paragraph per column. */
    public record Cells(List<Block.Paragraph> cells) implements Row {
        public Cells {
            cells = List.copyOf(cells);
        }
    }

    /** A label across the whole width that starts a group of rows ("Phase 2: Core ML skills"). */
    public record Group(String label) implements Row {
        public Group {
            Objects.requireNonNull(label, "label");
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table has at least one column");
        }
        for (Row row : rows) {
            if (row instanceof Cells c && c.cells().size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + c.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** A body row of plain text cells. */
    public static Row row(String... cells) {
        return new Cells(Arrays.stream(cells).map(Block.Paragraph::of).toList());
    }

    /** A body row of paragraphs (bold, links, small text). */
    public static Row row(Block.Paragraph... cells) {
        return new Cells(Arrays.asList(cells));
    }

    public static Row group(String label) {
        return new Group(label);
    }

    /** Whether there is a header row (at least one column has a title). */
    public boolean hasHeader() {
        return columns.stream().anyMatch(c -> !c.title().isBlank());
    }
}
