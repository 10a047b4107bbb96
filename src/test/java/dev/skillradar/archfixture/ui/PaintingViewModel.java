package dev.skillradar.archfixture.ui;

import dev.skillradar.archfixture.storage.FixtureRepository;

/** A ViewModel that builds nodes, runs SQL and reaches into storage: everything a ViewModel must not do. */
public final class PaintingViewModel {
    public javafx.scene.control.Label label() {
        return new javafx.scene.control.Label(String.valueOf(new FixtureRepository().count()));
    }

    public java.sql.Connection connection() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
    }
}
