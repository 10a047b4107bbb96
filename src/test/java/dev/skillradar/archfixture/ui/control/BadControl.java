package dev.skillradar.archfixture.ui.control;

import dev.skillradar.archfixture.catalog.UsesJavaFx;
import javafx.scene.control.Label;

/** A reusable control that reads the (fixture's) catalogue: it breaks the ui.control rule on purpose. */
public final class BadControl extends Label {
    public BadControl(UsesJavaFx skill) {
        super(skill.name.get());
    }
}
