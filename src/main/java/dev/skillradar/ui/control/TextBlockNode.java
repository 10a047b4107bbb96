package dev.skillradar.ui.control;

import dev.skillradar.chart.TextBlock;
import dev.skillradar.chart.TextLine;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.text.Font;

/** A placed text block: one text node per line at the line's x and baseline, reused when the block changes. */
final class TextBlockNode extends Group {
    TextBlockNode(String... styleClasses) {
        getStyleClass().addAll(styleClasses);
    }

    void update(TextBlock block, ChartFonts fonts) {
        List<TextLine> lines = block.lines();
        ObservableList<Node> kids = getChildren();
        if (kids.size() > lines.size()) {
            kids.remove(lines.size(), kids.size());
        }
        boolean added = kids.size() < lines.size();
        while (kids.size() < lines.size()) {
            kids.add(new ChartText());
        }
        Font font = fonts.font(block.font(), block.size());
        for (int i = 0; i < lines.size(); i++) {
            ChartText t = (ChartText) kids.get(i);
            TextLine line = lines.get(i);
            t.setFont(font);
            t.setText(line.text());
            t.setX(line.x());
            t.setY(line.baseline());
        }
        if (added) {
            Shapes.styleNow(this);
        }
    }

    /** The lines joined by a space, as a test or a person reads the block. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Node n : getChildren()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(((ChartText) n).getText());
        }
        return sb.toString();
    }
}
