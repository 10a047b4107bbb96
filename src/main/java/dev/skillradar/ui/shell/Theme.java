package dev.skillradar.ui.shell;

import java.util.ArrayList;
import java.util.List;

/** The window's style sheets: the app's own on top of Modena, plus a dark palette when chosen. */
public final class Theme {
    private static final String BASE = "/dev/skillradar/ui/app.css";
    private static final String DARK = "/dev/skillradar/ui/dark.css";

    private Theme() {
    }

    public static List<String> stylesheets(boolean dark) {
        List<String> out = new ArrayList<>();
        out.add(url(BASE));
        if (dark) {
            out.add(url(DARK));
        }
        return out;
    }

    private static String url(String resource) {
        java.net.URL u = Theme.class.getResource(resource);
        if (u == null) {
            throw new IllegalStateException("missing style sheet " + resource);
        }
        return u.toExternalForm();
    }
}
