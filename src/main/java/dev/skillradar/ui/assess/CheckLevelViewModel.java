package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * One level of a skill's "Check yourself" list: its heading ("Level 2 · Guided"), its statements, and how far it
 * is ticked. Levels are cumulative, so a level whose statements are all ticked counts only once every level below
 * it is complete too: it is {@link State#REACHED} then, {@link State#WAITING} until then.
 */
public final class CheckLevelViewModel {
    /** How far a level is ticked. */
    public enum State {
        /** Some statement of the level is open. */
        OPEN,
        /** Every statement of the level and of each level below is ticked: the check-based level is at least this. */
        REACHED,
        /** Every statement of the level is ticked, but a lower level is still open. */
        WAITING
    }

    private final int level;
    private final List<CheckItemViewModel> items;
    private final ReadOnlyStringProperty heading;
    private final ReadOnlyObjectProperty<State> state;
    private final ReadOnlyStringProperty stateText;

    CheckLevelViewModel(int level, LevelTexts levels, List<CheckItemViewModel> items,
                        ReadOnlyIntegerProperty checkedLevel, Messages messages) {
        this.level = level;
        this.items = List.copyOf(items);
        var language = messages.languageProperty();
        heading = Computed.text(this, "heading", () -> heading(messages, levels, level), language);
        Observable[] ticks = Stream.concat(items.stream().map(CheckItemViewModel::tickedProperty), Stream.of(checkedLevel))
                .toArray(Observable[]::new);
        state = Computed.value(this, "state", () -> {
            boolean all = items.stream().allMatch(i -> i.tickedProperty().get());
            if (!all) {
                return State.OPEN;
            }
            return checkedLevel.get() >= level ? State.REACHED : State.WAITING;
        }, ticks);
        Observable[] deps = Stream.concat(Stream.of(ticks), Stream.of(state, language)).toArray(Observable[]::new);
        stateText = Computed.text(this, "stateText", () -> switch (state.get()) {
            case REACHED -> messages.get("assess.checks.level.reached");
            case WAITING -> messages.get("assess.checks.level.waiting", levels.shortLabel(checkedLevel.get() + 1));
            case OPEN -> messages.get("assess.checks.level.progress",
                    items.stream().filter(i -> i.tickedProperty().get()).count(), items.size());
        }, deps);
    }

    /** "Level 2 · Guided" in the current language. */
    static String heading(Messages messages, LevelTexts levels, int level) {
        return messages.get("assess.checks.level.heading", levels.label(level));
    }

    public int level() {
        return level;
    }

    public List<CheckItemViewModel> items() {
        return items;
    }

    /** "Level 2 · Guided", or "Level B1" on the CEFR scale. */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    /** "✓ Reached", "All ticked; counts once level 1 is complete", "1 of 3 ticked". */
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText;
    }
}
