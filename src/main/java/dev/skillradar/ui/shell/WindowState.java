package dev.skillradar.ui.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size, position and maximized state in the data folder's settings (not in
 * java.util.prefs, so everything SkillRadar keeps is in one folder). A position that is no longer
 * on any screen (a monitor was unplugged) is ignored and the window is centred instead.
 */
final class WindowState {
    static final String X = "ui.window.x";
    static final String Y = "ui.window.y";
    static final String WIDTH = "ui.window.width";
    static final String HEIGHT = "ui.window.height";
    static final String MAXIMIZED = "ui.window.maximized";
    static final List<String> KEYS = List.of(X, Y, WIDTH, HEIGHT, MAXIMIZED);
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private double normalX = Double.NaN;
    private double normalY = Double.NaN;
    private double normalWidth = Double.NaN;
    private double normalHeight = Double.NaN;

    /** Applies saved values before the stage is shown, and starts following its normal (not maximized) bounds. */
    void restore(Stage stage, Map<String, String> saved) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        double w = Math.min(number(saved.get(WIDTH), Math.min(1280, primary.getWidth())), primary.getWidth());
        double h = Math.min(number(saved.get(HEIGHT), Math.min(860, primary.getHeight())), primary.getHeight());
        stage.setWidth(Math.max(w, Math.min(MIN_WIDTH, primary.getWidth())));
        stage.setHeight(Math.max(h, Math.min(MIN_HEIGHT, primary.getHeight())));
        double x = number(saved.get(X), Double.NaN);
        double y = number(saved.get(Y), Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && visible(x, y, stage.getWidth())) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.parseBoolean(saved.get(MAXIMIZED)));
        follow(stage);
    }

    private void follow(Stage stage) {
        Runnable capture = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                normalX = stage.getX();
                normalY = stage.getY();
                normalWidth = stage.getWidth();
                normalHeight = stage.getHeight();
            }
        };
        stage.xProperty().addListener((o, a, b) -> capture.run());
        stage.yProperty().addListener((o, a, b) -> capture.run());
        stage.widthProperty().addListener((o, a, b) -> capture.run());
        stage.heightProperty().addListener((o, a, b) -> capture.run());
        capture.run();
    }

    /** What to save: the normal bounds even while maximized, so un-maximizing next time restores them. */
    Map<String, String> capture(Stage stage) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Double.isNaN(normalWidth)) {
            out.put(X, Long.toString(Math.round(normalX)));
            out.put(Y, Long.toString(Math.round(normalY)));
            out.put(WIDTH, Long.toString(Math.round(normalWidth)));
            out.put(HEIGHT, Long.toString(Math.round(normalHeight)));
        }
        out.put(MAXIMIZED, Boolean.toString(stage.isMaximized()));
        return out;
    }

    /** The title bar's left part must be on some screen so the user can grab it. */
    private static boolean visible(double x, double y, double width) {
        for (Screen s : Screen.getScreens()) {
            Rectangle2D b = s.getVisualBounds();
            if (b.intersects(x + 40, y, Math.max(1, Math.min(width, 200) - 80), 30)) {
                return true;
            }
        }
        return false;
    }

    private static double number(String s, double fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
