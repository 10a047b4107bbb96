package dev.skillradar.ui.control;

import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.geometry.VPos;
import javafx.scene.text.Text;

/**
 * One line of chart text. Its font is the layout's, never the style sheet's: an inherited {@code -fx-font-size}
 * (say on the scene's root) would otherwise replace it and move the glyphs away from where they were measured,
 * so this node does not take part in CSS for its font at all. Colour and underline stay styleable.
 */
final class ChartText extends Text {
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = Text.getClassCssMetaData().stream()
            .filter(m -> !"-fx-font".equals(m.getProperty())).toList();

    ChartText() {
        getStyleClass().add("chart-text");
        setTextOrigin(VPos.BASELINE);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
