package dev.skillradar.ui.shell;

import dev.skillradar.catalog.Roadmap;
import dev.skillradar.exchange.AppVersion;
import dev.skillradar.ui.common.Messages;

/** The Help menu's texts: keyboard shortcuts and "About", from the bundles. */
final class HelpTexts {
    private HelpTexts() {
    }

    static String shortcuts(Messages m) {
        return String.join("\n", m.get("help.shortcuts.screens"), m.get("help.shortcuts.profiles"),
                m.get("help.shortcuts.data"), m.get("help.shortcuts.view"), m.get("assess.confirm.shortcuts"),
                m.get("help.shortcuts.focus"));
    }

    static String about(Messages m, Roadmap roadmap) {
        return m.get("help.about", AppVersion.current(), m.of(roadmap.title()), m.of(roadmap.source().citation()));
    }
}
