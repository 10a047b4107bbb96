package dev.skillradar.assessment;

import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.util.List;
import java.util.Map;

/**
 * One thing the radar measures: a scored unit (a skill, or an any-of group at its best member, exactly as
 * {@link ScoredUnit}), or, in an optional area such as Language, one optional skill ({@code optional} true).
 * {@code id} is the skill id, or the group id for a group.
 */
public record RadarUnit(String id, LocalizedText name, String areaId, List<Skill> members, boolean group,
                        boolean optional) {
    public RadarUnit {
        members = List.copyOf(members);
    }

    static RadarUnit of(ScoredUnit unit) {
        return new RadarUnit(unit.id(), unit.name(), unit.areaId(), unit.members(), unit.group(), false);
    }

    static RadarUnit ofOptional(Skill skill) {
        return new RadarUnit(skill.id(), skill.name(), skill.areaId(), List.of(skill), false, true);
    }

    public List<String> memberIds() {
        return members.stream().map(Skill::id).toList();
    }

    /** The best rated member's level; null when no member is rated (unlike {@link ScoredUnit#rating}, which counts 0). */
    public Integer level(Map<String, Integer> levels) {
        Integer best = null;
        for (Skill s : members) {
            Integer l = levels.get(s.id());
            if (l != null && (best == null || l > best)) {
                best = l;
            }
        }
        return best;
    }

    /** The role's target: the highest among the members (the catalogue keeps a group's targets equal). */
    public int target(Role role) {
        int t = 0;
        for (Skill s : members) {
            t = Math.max(t, role.target(s.id()));
        }
        return t;
    }
}
