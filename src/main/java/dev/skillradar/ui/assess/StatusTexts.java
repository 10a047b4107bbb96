package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.common.SaveStatus;

/** The autosave status in words: "Saving…", "Saved" (only after the commit), "Not saved: reason". */
final class StatusTexts {
    private StatusTexts() {
    }

    /**
     * {@code screen} selects the screen-wide wording, which says what is idle and why a save failed;
     * a row says nothing when idle and just "Not saved: …" (the reason is in its tooltip and the header).
     */
    static String of(Messages messages, SaveStatus status, boolean screen) {
        if (status == null) {
            return screen ? messages.get("assess.status.idle") : "";
        }
        return switch (status.state()) {
            case IDLE -> screen ? messages.get("assess.status.idle") : "";
            case SAVING -> messages.get("assess.status.saving");
            case SAVED -> messages.get("assess.status.saved");
            case FAILED -> screen ? messages.get("assess.status.failed",
                    status.message() == null || status.message().isBlank() ? "?" : status.message())
                    : messages.get("assess.status.failed", "…");
        };
    }
}
