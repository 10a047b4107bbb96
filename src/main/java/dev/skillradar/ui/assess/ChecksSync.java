package dev.skillradar.ui.assess;

import dev.skillradar.assessment.Tick;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.ui.common.AppState;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;

/**
 * Feeds every row's {@link SkillChecksViewModel} from {@link AppState}: the statements once read, each tick as it
 * changes (routed to its skill through the catalogue, so nothing is routed before the statements are read), the
 * check-based levels, and the ratings due to be confirmed again.
 */
final class ChecksSync {
    private ChecksSync() {
    }

    static void attach(AppState state, Map<String, SkillRowViewModel> rows) {
        Runnable everything = () -> {
            CheckCatalogue checks = state.checks();
            Map<String, Map<String, Tick>> bySkill = bySkill(checks, state.ticks());
            rows.values().forEach(r -> r.checks().setCatalogue(checks, bySkill.getOrDefault(r.id(), Map.of())));
            levels(state, rows);
        };
        everything.run();
        state.checksProperty().addListener(obs -> everything.run());
        state.ticks().addListener((MapChangeListener<String, Tick>) c -> {
            CheckCatalogue checks = state.checks();
            if (checks == null) {
                return;
            }
            checks.statement(c.getKey()).map(s -> rows.get(s.skillId())).ifPresent(r ->
                    r.checks().applyTick(c.getKey(), c.wasAdded() ? c.getValueAdded() : null));
        });
        state.checkedLevelsProperty().addListener(obs -> levels(state, rows));
        rows.values().forEach(r -> r.checks().setStale(state.stale().contains(r.id())));
        state.stale().addListener((SetChangeListener<String>) c -> {
            String id = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            SkillRowViewModel row = rows.get(id);
            if (row != null) {
                row.checks().setStale(state.stale().contains(id));
            }
        });
    }

    private static void levels(AppState state, Map<String, SkillRowViewModel> rows) {
        rows.values().forEach(r -> r.checks().setCheckedLevel(state.checkedLevel(r.id())));
    }

    private static Map<String, Map<String, Tick>> bySkill(CheckCatalogue checks, Map<String, Tick> ticks) {
        Map<String, Map<String, Tick>> out = new HashMap<>();
        if (checks == null) {
            return out;
        }
        ticks.forEach((id, tick) -> checks.statement(id).map(CheckStatement::skillId)
                .ifPresent(skill -> out.computeIfAbsent(skill, k -> new HashMap<>()).put(id, tick)));
        return out;
    }
}
