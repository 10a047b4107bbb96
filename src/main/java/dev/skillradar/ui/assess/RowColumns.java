package dev.skillradar.ui.assess;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Column widths shared by every skill row, so that stars and targets line up down the screen.
 * Each width is the widest cell of its column (measured, so it fits any language and font size);
 * the first column, name and description, takes the rest.
 */
final class RowColumns {
    static final int INFO = 0;
    static final int RATING = 1;
    static final int TARGET = 2;
    static final int DETAILS = 3;

    private final List<ColumnConstraints> columns = new ArrayList<>();
    /** Per row, per column: the nodes whose width the column must fit. */
    private final List<Node[][]> cells = new ArrayList<>();

    RowColumns() {
        ColumnConstraints info = new ColumnConstraints();
        info.setHgrow(Priority.ALWAYS);
        info.setMinWidth(160);
        columns.add(info);
        for (int i = RATING; i <= DETAILS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setHgrow(Priority.NEVER);
            columns.add(c);
        }
        columns.get(DETAILS).setHalignment(HPos.RIGHT);
    }

    /** Gives a row the shared constraints and remembers its cells for measuring. */
    void register(GridPane row, Node rating, Node target, Node details, Node status) {
        row.getColumnConstraints().setAll(columns);
        cells.add(new Node[][] {{}, {rating}, {target}, {details, status}});
    }

    /** Sets each fixed column to its widest cell; cheap, and a no-op when nothing changed. */
    void fit() {
        for (int col = RATING; col <= DETAILS; col++) {
            double widest = 0;
            for (Node[][] row : cells) {
                for (Node n : row[col]) {
                    widest = Math.max(widest, Math.max(n.minWidth(-1), n.prefWidth(-1)));
                }
            }
            double width = Math.ceil(widest);
            ColumnConstraints c = columns.get(col);
            if (c.getPrefWidth() != width) {
                c.setMinWidth(width);
                c.setPrefWidth(width);
                c.setMaxWidth(width);
            }
        }
    }
}
