package dev.skillradar.archfixture.catalog;

/** A core class that uses JavaFX. */
public final class UsesJavaFx {
    public final javafx.beans.property.SimpleStringProperty name = new javafx.beans.property.SimpleStringProperty();
}
