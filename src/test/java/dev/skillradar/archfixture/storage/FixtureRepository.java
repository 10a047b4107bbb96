package dev.skillradar.archfixture.storage;

/** Stands for a repository. */
public final class FixtureRepository {
    public int count() {
        return 0;
    }
}
