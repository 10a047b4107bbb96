package dev.skillradar.assessment;

import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far self-ratings drift from the checks: per area and overall, the mean of (self-rating − check-based level)
 * over the rated skills that have at least one statement ticked; positive = over-confident, negative =
 * under-confident, null where no skill qualifies. Every skill counts, optional ones too (honesty is not readiness),
 * each once (an any-of group's members each count). Pure.
 *
 * @param overall the mean over every qualifying skill (not the mean of the areas)
 * @param areas   every area of the catalogue in its order
 * @param skills  the qualifying skills in catalogue order
 */
public record Drift(Double overall, List<AreaDrift> areas, List<SkillDrift> skills) {
    public Drift {
        areas = List.copyOf(areas);
        skills = List.copyOf(skills);
    }

    /** One area's drift (null when none of its skills qualifies) over {@code skills} qualifying skills. */
    public record AreaDrift(String areaId, Double drift, int skills) {
    }

    /** A skill that counts: its self-rating, its check-based level and their difference (self − checked). */
    public record SkillDrift(String skillId, String areaId, int self, int checked) {
        public int difference() {
            return self - checked;
        }
    }

    /**
     * @param self    skill id to self-rating (absent = not rated)
     * @param checked skill id to check-based level for the skills with a tick ({@link CheckedLevels#of})
     */
    public static Drift of(Roadmap roadmap, Map<String, Integer> self, Map<String, Integer> checked) {
        List<SkillDrift> skills = new ArrayList<>();
        for (Skill s : roadmap.skills()) {
            Integer rating = self.get(s.id());
            Integer level = checked.get(s.id());
            if (rating != null && level != null) {
                skills.add(new SkillDrift(s.id(), s.areaId(), rating, level));
            }
        }
        List<AreaDrift> areas = new ArrayList<>();
        for (Area a : roadmap.areas()) {
            List<SkillDrift> in = skills.stream().filter(d -> d.areaId().equals(a.id())).toList();
            areas.add(new AreaDrift(a.id(), mean(in), in.size()));
        }
        return new Drift(mean(skills), areas, skills);
    }

    /** The area's drift, or null for an unknown area or one without a qualifying skill. */
    public Double area(String areaId) {
        return areas.stream().filter(a -> a.areaId().equals(areaId)).findFirst().map(AreaDrift::drift).orElse(null);
    }

    private static Double mean(List<SkillDrift> skills) {
        if (skills.isEmpty()) {
            return null;
        }
        long sum = 0;
        for (SkillDrift d : skills) {
            sum += d.difference();
        }
        return (double) sum / skills.size();
    }
}
