package dev.skillradar.ui.assess;

import dev.skillradar.ui.fx.Debounce;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One autosaved text of a skill (its note or its evidence link). Typing is written after a quiet
 * moment or when the field is left. What the user typed stays on screen until storage holds it:
 * <ul>
 *   <li>older echoes of our own writes are ignored ({@link Outbox});</li>
 *   <li>text still waiting for its quiet moment is never replaced;</li>
 *   <li>text that could not be written is <em>held</em>: stored values do not replace it, and it is
 *       written when the field is left, or as soon as the skill is rated again ({@link #applyStored}).
 *       This covers a write that failed and a skill without a rating, for which storage refuses notes.</li>
 * </ul>
 */
final class AutosavedText {
    private final StringProperty text;
    private final Debounce debounce;
    private final UnaryOperator<String> storedForm;
    private final Predicate<String> check;
    private final Consumer<String> write;
    private final BooleanSupplier editable;
    private final Outbox<String> outbox = new Outbox<>();
    /** What storage holds (or will, once the last write commits), in its stored form. */
    private String known = "";
    /** The text on screen is the user's and storage is not known to hold it yet. */
    private boolean typed;
    private boolean quiet;

    /**
     * @param storedForm how storage will keep a text (stripped, perhaps shortened)
     * @param check      whether a text in its stored form may be written (it reports any problem itself)
     * @param editable   whether storage can take the text now (the skill is rated)
     */
    AutosavedText(Object bean, String name, Debounce debounce, UnaryOperator<String> storedForm,
                  Predicate<String> check, Consumer<String> write, BooleanSupplier editable) {
        this.text = new SimpleStringProperty(bean, name, "");
        this.debounce = debounce;
        this.storedForm = storedForm;
        this.check = check;
        this.write = write;
        this.editable = editable;
        text.addListener((obs, o, n) -> {
            if (!quiet) {
                typed = true;
                debounce.schedule(this::save);
            }
        });
    }

    StringProperty text() {
        return text;
    }

    /** Writes the text at once if it is waiting or held (the field lost the focus). */
    void commit() {
        debounce.flush();
        if (typed) {
            save();
        }
    }

    /** True when typed text could not be handed to the writer (the skill has no rating). */
    boolean isHeld() {
        return typed && !debounce.isPending() && !storedForm.apply(text.get()).equals(known);
    }

    /**
     * A committed (or reloaded) value. Shown unless the user's own text is waiting, on its way or
     * held; storage strips, so text differing only by surrounding spaces is left alone (a pause after
     * typing a space never eats the space). {@code becameEditable}: the skill has just been rated.
     */
    void applyStored(String stored, boolean becameEditable) {
        if (outbox.accept(stored) && !debounce.isPending()) {
            known = stored;
            if (stored.equals(storedForm.apply(text.get()))) {
                typed = false;
            }
            if (!typed && !stored.equals(text.get().strip())) {
                quiet = true;
                try {
                    text.set(stored);
                } finally {
                    quiet = false;
                }
            }
        }
        if (becameEditable && typed && !debounce.isPending()) {
            debounce.schedule(this::save); // after a quiet moment, never from inside this ratings change
        }
    }

    /** A write of this skill failed and storage holds {@code stored}; typed text stays for another try. */
    void failed(String stored) {
        outbox.failed();
        known = stored;
    }

    /** The profile changed: what was typed for the old one must not reach the new one. */
    void discard() {
        debounce.cancel();
        outbox.failed();
        typed = false;
    }

    private void save() {
        String value = storedForm.apply(text.get());
        if (!check.test(value)) {
            return;
        }
        if (value.equals(known)) {
            if (!outbox.isWaiting()) {
                typed = false;
            }
            return;
        }
        if (!editable.getAsBoolean()) {
            return; // held: without a rating storage would refuse it
        }
        known = value;
        outbox.sent(value);
        write.accept(value);
    }
}
