package dev.skillradar.assessment;

import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The check-based level of a skill: the highest level L such that every statement of levels 1..L is ticked, 0 when
 * none is (statements are cumulative, so a ticked level-4 statement with a level-2 statement open gives at most 1).
 * Ticks on ids the catalogue lacks count for nothing. Pure.
 */
public final class CheckedLevels {
    private CheckedLevels() {
    }

    /** The check-based level of one skill for the ticked statement ids; 0 for a skill without statements. */
    public static int level(CheckCatalogue checks, String skillId, Set<String> ticked) {
        int level = 0;
        for (int l = CheckCatalogue.FIRST_LEVEL; l <= CheckCatalogue.LAST_LEVEL; l++) {
            var statements = checks.of(skillId, l);
            if (statements.isEmpty() || !statements.stream().allMatch(s -> ticked.contains(s.id()))) {
                break;
            }
            level = l;
        }
        return level;
    }

    /**
     * The check-based level of every skill that has at least one statement ticked (its level may still be 0);
     * a skill without any tick is absent, as a skill without a rating is absent from the ratings.
     */
    public static Map<String, Integer> of(CheckCatalogue checks, Collection<String> ticked) {
        Set<String> set = ticked instanceof Set<String> s ? s : new HashSet<>(ticked);
        Set<String> skills = new HashSet<>();
        for (String id : set) {
            checks.statement(id).map(CheckStatement::skillId).ifPresent(skills::add);
        }
        Map<String, Integer> out = new HashMap<>();
        for (String skill : skills) {
            out.put(skill, level(checks, skill, set));
        }
        return out;
    }
}
