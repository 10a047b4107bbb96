package dev.skillradar.chart;

import java.util.List;

/** A computed picture: its size and the marks that draw it, first to last. */
public interface Drawing {
    Size size();

    List<Mark> marks();
}
