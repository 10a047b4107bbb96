package dev.skillradar.archfixture.ui.control;

import dev.skillradar.catalog.Skill;
import javafx.scene.control.Label;

/**
 * Breaks the ui.control rule on purpose (a control reading the catalogue), so that
 * {@code ArchitectureRuleFixtureTest} can show the rule reports it. Never used by the app.
 */
public final class BadControl extends Label {
    public BadControl(Skill skill) {
        super(skill.id());
    }
}
