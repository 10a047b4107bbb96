package dev.skillradar.archfixture;

import dev.skillradar.archfixture.cli.FixtureCli;

/** Like a launcher in the root package that calls the command line... */
public final class RootMain {
    public static int main() {
        return new FixtureCli().run(new RootOptions());
    }
}
