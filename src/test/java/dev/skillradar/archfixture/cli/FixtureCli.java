package dev.skillradar.archfixture.cli;

import dev.skillradar.archfixture.RootOptions;
import dev.skillradar.archfixture.ui.PaintingViewModel;

/** A command line that reaches into the window (and, through its options, closes a cycle with the root). */
public final class FixtureCli {
    public int run(RootOptions options) {
        return options.debug ? new PaintingViewModel().hashCode() : 0;
    }
}
