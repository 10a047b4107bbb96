package dev.skillradar.assessment;

import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values behind the radar chart, its drill-down and its table. Pure and stateless after construction.
 *
 * <p><b>Units.</b> An area's radar units are its scored units ({@link ReadinessCalculator#units()}: a skill, or
 * an any-of group counted once at its best member). An optional area (every skill optional, like Language)
 * has no scored unit, so there each optional skill is a unit of its own and the axis shows, say, the German
 * level. Optional skills in an area that also has scored units are left out, as readiness leaves them out.
 *
 * <p><b>Values.</b> An area's value is the <em>unweighted</em> mean level over its units, where a unit not rated
 * counts 0, and null when no unit of the area is rated. Levels above the target are <em>not</em> capped. Its
 * target is the unweighted mean of the units' targets. This differs on purpose from the Dashboard's readiness
 * ({@code Σ w·min(rating, target) / Σ w·target}): the radar shows levels on the 0–5 scale, readiness shows how
 * much of the weighted target is reached.
 */
public final class Radar {
    /** Two units whose levels differ by this much or more are a {@link TalkingPoint}. */
    public static final int TALKING_POINT_DIFFERENCE = 2;

    private final ReadinessCalculator calculator;
    private final Roadmap roadmap;
    private final List<RadarUnit> units;
    private final Map<String, List<RadarUnit>> unitsByArea = new LinkedHashMap<>();
    private final Set<String> optionalAreas = new HashSet<>();
    private final Map<String, Integer> catalogueIndex = new HashMap<>();

    public Radar(ReadinessCalculator calculator) {
        this.calculator = calculator;
        this.roadmap = calculator.roadmap();
        for (Area a : roadmap.areas()) {
            List<Skill> skills = roadmap.skillsInArea(a.id());
            if (!skills.isEmpty() && skills.stream().allMatch(Skill::optional)) {
                optionalAreas.add(a.id());
            }
            unitsByArea.put(a.id(), new ArrayList<>());
        }
        List<RadarUnit> all = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Skill s : roadmap.skills()) {
            RadarUnit unit;
            if (!s.optional()) {
                unit = RadarUnit.of(calculator.unitOf(s.id()));
            } else if (optionalAreas.contains(s.areaId())) {
                unit = RadarUnit.ofOptional(s);
            } else {
                continue;
            }
            if (done.add(unit.id())) {
                catalogueIndex.put(unit.id(), all.size());
                all.add(unit);
                unitsByArea.get(unit.areaId()).add(unit);
            }
        }
        this.units = List.copyOf(all);
        unitsByArea.replaceAll((id, list) -> List.copyOf(list));
    }

    /** Every radar unit in catalogue order (groups at their first member). */
    public List<RadarUnit> units() {
        return units;
    }

    /** The area's radar units in catalogue order; empty for an unknown area. */
    public List<RadarUnit> unitsOf(String areaId) {
        return unitsByArea.getOrDefault(areaId, List.of());
    }

    /** True for an area whose skills are all optional (Language). */
    public boolean isOptionalArea(String areaId) {
        return optionalAreas.contains(areaId);
    }

    /** One axis per area, in catalogue order (the Dashboard's order). {@code levels}: skill id to level, absent = not rated. */
    public List<AreaAxis> areas(Role role, Map<String, Integer> levels) {
        List<AreaAxis> out = new ArrayList<>();
        for (Area a : roadmap.areas()) {
            List<RadarUnit> list = unitsOf(a.id());
            int rated = 0;
            double sum = 0;
            double targets = 0;
            for (RadarUnit u : list) {
                Integer level = u.level(levels);
                if (level != null) {
                    rated++;
                    sum += level;
                }
                targets += u.target(role);
            }
            Double value = rated == 0 ? null : sum / list.size();
            double target = list.isEmpty() ? 0 : targets / list.size();
            out.add(new AreaAxis(a, optionalAreas.contains(a.id()), value, target, list.size(), rated));
        }
        return out;
    }

    /** The area's units as axes, in catalogue order; empty for an unknown area. */
    public List<UnitAxis> drillDown(String areaId, Role role, Map<String, Integer> levels) {
        List<UnitAxis> out = new ArrayList<>();
        for (RadarUnit u : unitsOf(areaId)) {
            List<UnitAxis.MemberLevel> members = u.members().stream()
                    .map(s -> new UnitAxis.MemberLevel(s, levels.get(s.id()))).toList();
            out.add(new UnitAxis(u, u.level(levels), u.target(role), members));
        }
        return out;
    }

    /**
     * The area axes in table order: areas without a value last; the others by their most urgent gap in the
     * Dashboard's gap order ({@link ReadinessCalculator#gaps}), areas without a gap after them; then catalogue order.
     */
    public List<AreaAxis> areaTable(Role role, Map<String, Integer> levels) {
        Map<String, Integer> rank = gapRanks(role, levels);
        Map<String, Integer> areaRank = new HashMap<>();
        for (RadarUnit u : units) {
            Integer r = rank.get(u.id());
            if (r != null) {
                areaRank.merge(u.areaId(), r, Math::min);
            }
        }
        List<AreaAxis> rows = new ArrayList<>(areas(role, levels));
        rows.sort(Comparator.comparing((AreaAxis a) -> a.value() == null)
                .thenComparing(a -> areaRank.getOrDefault(a.id(), Integer.MAX_VALUE)));
        return rows; // the sort is stable: equal keys stay in catalogue order
    }

    /**
     * The area's unit axes in table order: units not rated last; the others as the Dashboard orders its gaps
     * (weight × levels missing, prerequisites first), units without a gap after them; then catalogue order.
     * Optional units never appear among the Dashboard's gaps, so they keep catalogue order.
     */
    public List<UnitAxis> drillDownTable(String areaId, Role role, Map<String, Integer> levels) {
        Map<String, Integer> rank = gapRanks(role, levels);
        List<UnitAxis> rows = new ArrayList<>(drillDown(areaId, role, levels));
        rows.sort(Comparator.comparing((UnitAxis u) -> u.value() == null)
                .thenComparing(u -> rank.getOrDefault(u.id(), Integer.MAX_VALUE)));
        return rows;
    }

    /**
     * The units rated on both sides whose levels differ by {@link #TALKING_POINT_DIFFERENCE} or more, the
     * largest difference first, then in catalogue order. A group counts at each side's best rated member.
     */
    public List<TalkingPoint> pointsToTalkAbout(Map<String, Integer> learner, Map<String, Integer> other) {
        List<TalkingPoint> out = new ArrayList<>();
        for (RadarUnit u : units) {
            Integer a = u.level(learner);
            Integer b = u.level(other);
            if (a != null && b != null && Math.abs(a - b) >= TALKING_POINT_DIFFERENCE) {
                out.add(new TalkingPoint(u, a, b));
            }
        }
        out.sort(Comparator.comparingInt((TalkingPoint p) -> -Math.abs(p.difference()))
                .thenComparing(p -> catalogueIndex.get(p.id())));
        return out;
    }

    /** Unit id to its position among the Dashboard's gaps (0 = most urgent). */
    private Map<String, Integer> gapRanks(Role role, Map<String, Integer> levels) {
        List<Gap> gaps = calculator.gaps(role, levels);
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < gaps.size(); i++) {
            rank.put(gaps.get(i).id(), i);
        }
        return rank;
    }
}
