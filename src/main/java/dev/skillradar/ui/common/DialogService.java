package dev.skillradar.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dialogs a ViewModel may ask for, with texts already in the user's language. The window's
 * implementation is {@code FxDialogService}; ViewModel tests use a scripted fake. Every method
 * blocks until the user answers and is called on the FX thread.
 */
public interface DialogService {
    /** Asks a yes/no question; true only when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String message, String confirmLabel);

    void inform(String title, String message);

    /** A problem the user should know about: a clear sentence, never a stack trace. */
    void error(String title, String message);

    /**
     * Asks for a line of text. {@code validator} returns the reason why a value is not acceptable
     * (shown under the field, the OK button disabled), or empty when it is.
     */
    Optional<String> askText(String title, String prompt, String initial, Function<String, Optional<String>> validator);

    /** Lets the user pick one of {@code options}, each shown as {@code label.apply(option)}. */
    <T> Optional<T> choose(String title, String prompt, List<T> options, Function<T, String> label);

    Optional<Path> chooseOpenFile(String title, List<FileFilter> filters);

    Optional<Path> chooseSaveFile(String title, String initialFileName, List<FileFilter> filters);

    /** A file type the chooser offers, e.g. ("SkillRadar profile", ["*.json"]). */
    record FileFilter(String description, List<String> patterns) {
        public FileFilter {
            patterns = List.copyOf(patterns);
        }
    }
}
