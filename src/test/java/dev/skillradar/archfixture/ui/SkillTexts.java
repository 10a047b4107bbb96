package dev.skillradar.archfixture.ui;

/** A row's texts (the "Texts" companion of a ViewModel) that build a node: breaks the ViewModel rule on purpose. */
public final class SkillTexts {
    public javafx.scene.text.Text text() {
        return new javafx.scene.text.Text("x");
    }
}
