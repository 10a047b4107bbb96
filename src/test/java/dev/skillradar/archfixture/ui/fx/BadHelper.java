package dev.skillradar.archfixture.ui.fx;

import dev.skillradar.archfixture.storage.FixtureRepository;

/** A generic FX helper that reaches into storage: it breaks the ui.fx rule on purpose. */
public final class BadHelper {
    public int count(FixtureRepository repository) {
        return repository.count();
    }
}
