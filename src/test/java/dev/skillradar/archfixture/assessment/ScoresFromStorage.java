package dev.skillradar.archfixture.assessment;

import dev.skillradar.archfixture.storage.FixtureRepository;

/** Domain code that reads storage itself. */
public final class ScoresFromStorage {
    public int score(FixtureRepository repository) {
        return repository.count();
    }
}
