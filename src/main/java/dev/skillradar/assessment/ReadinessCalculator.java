package dev.skillradar.assessment;

import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Phase;
import dev.skillradar.catalog.Resource;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Skill;
import dev.skillradar.catalog.SkillGroup;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores readiness for a role, as documented in the README:
 * {@code readiness = Σ w·min(rating, target) / Σ w·target} over the scored units, as a percentage;
 * gaps ordered by {@code w·(target − rating)} with prerequisites first; time to ready from the phase
 * durations in proportion to the weighted gap left in each phase. Pure, stateless after construction.
 */
public final class ReadinessCalculator {
    private static final double EPS = 1e-9;

    private final Roadmap roadmap;
    private final List<ScoredUnit> units;
    private final Map<String, ScoredUnit> unitOfSkill = new HashMap<>();
    private final Map<String, Set<String>> prerequisiteUnits = new HashMap<>();
    private final Map<String, Integer> unitIndexOfSkill = new HashMap<>();
    private final List<String> areaIds;
    private final List<String> phaseIds;
    private final int[] areaIndex;
    private final int[] phaseIndex;

    public ReadinessCalculator(Roadmap roadmap) {
        this.roadmap = roadmap;
        this.units = buildUnits(roadmap);
        for (ScoredUnit u : units) {
            u.members().forEach(s -> unitOfSkill.put(s.id(), u));
        }
        for (ScoredUnit u : units) {
            prerequisiteUnits.put(u.id(), transitivePrerequisites(u));
        }
        areaIds = roadmap.areas().stream().map(Area::id).toList();
        phaseIds = roadmap.phases().stream().map(Phase::id).toList();
        areaIndex = new int[units.size()];
        phaseIndex = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            int index = i;
            units.get(i).members().forEach(s -> unitIndexOfSkill.put(s.id(), index));
            areaIndex[i] = areaIds.indexOf(units.get(i).areaId());
            phaseIndex[i] = units.get(i).phaseId() == null ? -1 : phaseIds.indexOf(units.get(i).phaseId());
        }
    }

    public Roadmap roadmap() {
        return roadmap;
    }

    /** The scored units in catalogue order (skills not in a group, and groups at their first member). */
    public List<ScoredUnit> units() {
        return units;
    }

    /** The unit a skill is scored in; null for optional skills. */
    public ScoredUnit unitOf(String skillId) {
        return unitOfSkill.get(skillId);
    }

    /** Everything the Dashboard shows for a role: the scores, the ordered gaps and the time to ready. */
    public Readiness evaluate(Role role, Map<String, Integer> levels) {
        ReadinessScores s = scores(role, levels);
        return new Readiness(role, s.overall(), s.byArea(), s.byPhase(), gaps(role, levels), monthsToReady(role, levels),
                atTarget(role, levels));
    }

    /** The units the role targets (target above 0) and how many of them are at or above their target. */
    public AtTarget atTarget(Role role, Map<String, Integer> levels) {
        int of = 0;
        int met = 0;
        for (ScoredUnit u : units) {
            int target = u.target(role);
            if (target > 0) {
                of++;
                if (u.rating(levels) >= target) {
                    met++;
                }
            }
        }
        return new AtTarget(met, of);
    }

    /**
     * Only the readiness figures (overall, per area, per phase), in one pass over the units and without the
     * gaps or the time to ready, for callers that need many of them (a trend over five years of history).
     * The figures are exactly those of {@link #evaluate}.
     */
    public ReadinessScores scores(Role role, Map<String, Integer> levels) {
        double[] reached = new double[units.size()];
        double[] wanted = new double[units.size()];
        for (int i = 0; i < units.size(); i++) {
            ScoredUnit u = units.get(i);
            int target = u.target(role);
            reached[i] = u.weight() * Math.min(u.rating(levels), target);
            wanted[i] = u.weight() * target;
        }
        return sum(role, reached, wanted);
    }

    /**
     * The figures from each unit's {@code w·min(rating, target)} and {@code w·target}, summed in unit order:
     * the same order for every caller ({@link ScoreTracker} too), so equal contributions give equal bits.
     */
    ReadinessScores sum(Role role, double[] reachedPerUnit, double[] wantedPerUnit) {
        double[] areaReached = new double[areaIds.size()];
        double[] areaWanted = new double[areaIds.size()];
        double[] phaseReached = new double[phaseIds.size()];
        double[] phaseWanted = new double[phaseIds.size()];
        double reached = 0;
        double wanted = 0;
        for (int i = 0; i < reachedPerUnit.length; i++) {
            double r = reachedPerUnit[i];
            double w = wantedPerUnit[i];
            reached += r;
            wanted += w;
            areaReached[areaIndex[i]] += r;
            areaWanted[areaIndex[i]] += w;
            if (phaseIndex[i] >= 0) {
                phaseReached[phaseIndex[i]] += r;
                phaseWanted[phaseIndex[i]] += w;
            }
        }
        Map<String, Double> byArea = new LinkedHashMap<>();
        for (int a = 0; a < areaIds.size(); a++) {
            byArea.put(areaIds.get(a), share(areaReached[a], areaWanted[a]));
        }
        Map<String, Double> byPhase = new LinkedHashMap<>();
        for (int p = 0; p < phaseIds.size(); p++) {
            byPhase.put(phaseIds.get(p), share(phaseReached[p], phaseWanted[p]));
        }
        return new ReadinessScores(role, share(reached, wanted), byArea, byPhase);
    }

    /** The position of a skill's unit in {@link #units()}; -1 for optional and unknown skills. */
    int unitIndex(String skillId) {
        return unitIndexOfSkill.getOrDefault(skillId, -1);
    }

    private static Double share(double reached, double wanted) {
        if (wanted <= 0) {
            return null;
        }
        return Math.max(0, Math.min(100, 100.0 * reached / wanted));
    }

    /**
     * The units below their target, in the Dashboard's order: by priority {@code w·(target − rating)}
     * (equal priorities in catalogue order), but never before one of their own prerequisites that is also a gap.
     */
    public List<Gap> gaps(Role role, Map<String, Integer> levels) {
        List<Gap> open = new ArrayList<>();
        for (ScoredUnit u : units) {
            int target = u.target(role);
            int current = u.rating(levels);
            if (current < target) {
                open.add(new Gap(u, current, target, u.weight(), u.weight() * (target - current), resourcesOf(u)));
            }
        }
        Map<String, Integer> catalogueOrder = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            catalogueOrder.put(units.get(i).id(), i);
        }
        // written out: Comparator.comparing and friends make serializable lambdas, which the AOT cache cannot keep,
        // so each would be spun anew before the first frame (README, Design > Start-up); the same for index removal
        // below instead of remove(Object), whose first Gap.equals bootstraps the record's equals
        Comparator<Gap> byPriority = (a, b) -> {
            int c = Double.compare(b.priority(), a.priority());
            return c != 0 ? c : Integer.compare(catalogueOrder.get(a.id()), catalogueOrder.get(b.id()));
        };
        open.sort(byPriority);
        // Highest priority first, but never before one of its own (transitive) prerequisites that is also open.
        List<Gap> ordered = new ArrayList<>();
        Set<String> pending = new HashSet<>();
        open.forEach(g -> pending.add(g.id()));
        while (!open.isEmpty()) {
            int at = 0; // the first unblocked; 0 is unreachable with an acyclic catalogue and keeps the loop total
            for (int i = 0; i < open.size(); i++) {
                boolean blocked = prerequisiteUnits.get(open.get(i).id()).stream().anyMatch(pending::contains);
                if (!blocked) {
                    at = i;
                    break;
                }
            }
            Gap next = open.remove(at);
            pending.remove(next.id());
            ordered.add(next);
        }
        return ordered;
    }

    private MonthsRange monthsToReady(Role role, Map<String, Integer> levels) {
        double min = 0;
        double max = 0;
        for (Phase p : roadmap.phases()) {
            double left = 0;
            double wanted = 0;
            for (ScoredUnit u : units) {
                if (!p.id().equals(u.phaseId())) {
                    continue;
                }
                int target = u.target(role);
                left += u.weight() * Math.max(0, target - u.rating(levels));
                wanted += u.weight() * target;
            }
            if (wanted > 0) {
                double fraction = left / wanted;
                min += fraction * p.monthsMin();
                max += fraction * p.monthsMax();
            }
        }
        return new MonthsRange((int) Math.floor(min + EPS), (int) Math.ceil(max - EPS));
    }

    private List<Resource> resourcesOf(ScoredUnit u) {
        // by id (the roadmap has one Resource per id), not by the record's hashCode, bootstrapped on first use
        Map<String, Resource> out = new LinkedHashMap<>();
        u.members().forEach(s -> roadmap.resourcesOf(s).forEach(r -> out.putIfAbsent(r.id(), r)));
        return List.copyOf(out.values());
    }

    private Set<String> transitivePrerequisites(ScoredUnit unit) {
        Set<String> seen = new LinkedHashSet<>();
        List<Skill> todo = new ArrayList<>(unit.members());
        Set<String> visitedSkills = new HashSet<>();
        while (!todo.isEmpty()) {
            Skill s = todo.remove(todo.size() - 1);
            if (!visitedSkills.add(s.id())) {
                continue;
            }
            for (String p : s.prerequisites()) {
                ScoredUnit pu = unitOfSkill.get(p);
                if (pu != null && !pu.id().equals(unit.id())) {
                    seen.add(pu.id());
                }
                roadmap.skill(p).ifPresent(todo::add);
            }
        }
        return seen;
    }

    private static List<ScoredUnit> buildUnits(Roadmap roadmap) {
        List<ScoredUnit> out = new ArrayList<>();
        Set<String> groupsDone = new HashSet<>();
        for (Skill s : roadmap.skills()) {
            if (s.optional()) {
                continue;
            }
            if (s.groupId() == null) {
                out.add(new ScoredUnit(s.id(), s.name(), List.of(s), s.areaId(), s.phaseId(), s.demand().weight(),
                        s.demand().isEstimate(), false));
            } else if (groupsDone.add(s.groupId())) {
                SkillGroup g = roadmap.group(s.groupId()).orElseThrow();
                List<Skill> members = g.memberIds().stream().map(id -> roadmap.skill(id).orElseThrow()).toList();
                Skill heaviest = members.stream().max((a, b) -> Double.compare(a.demand().weight(), b.demand().weight())).orElseThrow();
                out.add(new ScoredUnit(g.id(), g.name(), members, s.areaId(), s.phaseId(), heaviest.demand().weight(),
                        heaviest.demand().isEstimate(), true));
            }
        }
        return List.copyOf(out);
    }
}
