package dev.skillradar.catalog;

import java.util.List;

/**
 * A skill or tool the article names. {@code phaseId} is null for skills outside the phased path
 * (German). Optional skills are shown and stored but excluded from readiness and time to ready.
 * {@code groupId} names the any-of group the skill belongs to, or is null.
 */
public record Skill(
        String id,
        String phaseId,
        String areaId,
        LocalizedText name,
        LocalizedText description,
        Demand demand,
        boolean optional,
        Scale scale,
        List<String> prerequisites,
        List<String> resourceIds,
        String groupId) {

    public Skill {
        prerequisites = List.copyOf(prerequisites);
        resourceIds = List.copyOf(resourceIds);
    }
}
