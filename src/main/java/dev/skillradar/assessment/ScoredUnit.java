package dev.skillradar.assessment;

import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.util.List;
import java.util.Map;

/**
 * What readiness counts: a single skill, or an any-of group taken at its best member's rating.
 * Optional skills are never units. The unit's weight is its (best) member's employer demand.
 */
public record ScoredUnit(String id, LocalizedText name, List<Skill> members, String areaId, String phaseId,
                         double weight, boolean estimated, boolean group) {
    public ScoredUnit {
        members = List.copyOf(members);
    }

    /** The best member's rating; unrated counts as 0. */
    public int rating(Map<String, Integer> levels) {
        int best = 0;
        for (Skill s : members) {
            best = Math.max(best, levels.getOrDefault(s.id(), 0));
        }
        return best;
    }

    /** The role's target for this unit (the highest among members; the catalogue keeps them equal). */
    public int target(Role role) {
        int t = 0;
        for (Skill s : members) {
            t = Math.max(t, role.target(s.id()));
        }
        return t;
    }

    public boolean contains(String skillId) {
        return members.stream().anyMatch(s -> s.id().equals(skillId));
    }
}
