package dev.skillradar.ui.common;

/** A screen that wants to know each time the window shows it (for example to read data that may have changed). */
public interface ShownScreen {
    void shown();
}
