package dev.skillradar.archfixture;

/** ...whose options the command line reads back from the root package: a cycle between packages. */
public final class RootOptions {
    public boolean debug;
}
