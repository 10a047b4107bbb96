package dev.skillradar.assessment;

import dev.skillradar.catalog.Skill;
import java.util.List;

/**
 * One axis of an area's drill-down: a skill or an any-of group (one axis, {@code id} the group id) with its level
 * ({@code value}: the skill's level, or the best rated member's; null when not rated), the role's target, and
 * every member with its own level so that a tooltip or table can list them.
 */
public record UnitAxis(RadarUnit unit, Integer value, int target, List<MemberLevel> members) {
    public UnitAxis {
        members = List.copyOf(members);
    }

    public String id() {
        return unit.id();
    }

    public boolean group() {
        return unit.group();
    }

    public boolean optional() {
        return unit.optional();
    }

    /** {@code max(0, target − value)}; null when the value is missing. */
    public Integer gap() {
        return value == null ? null : Math.max(0, target - value);
    }

    /** A member skill of the axis and its level (null: not rated). */
    public record MemberLevel(Skill skill, Integer level) {
        public String skillId() {
            return skill.id();
        }
    }
}
