package dev.skillradar.text;

import dev.skillradar.assessment.Gap;
import dev.skillradar.assessment.Readiness;
import dev.skillradar.assessment.ScoredUnit;
import dev.skillradar.catalog.Level;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.catalog.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * A readiness worded for people, in one language: the overall figure and its caption, the next steps, the most
 * important gaps with their resources, the bars per phase and area, time to ready, experience and salary.
 * The Dashboard and the report both show this, so each sentence exists once.
 */
public final class ReadinessSummary {
    /** How many gaps the Dashboard and the report list. */
    public static final int TOP_GAPS = 5;

    /**
     * A readiness bar of a phase or area; {@code value} 0..100, or null where the role sets no target;
     * {@code detail} a second line under the name (a phase's duration), or null.
     */
    public record Bar(String id, String name, Double value, String valueText, String detail) {
        public double progress() {
            return value == null ? 0 : value / 100.0;
        }
    }

    /** A learning resource of a gap; {@code urlIsAppAddition}: the article names no address, SkillRadar added it. */
    public record Resource(String name, String note, String url, boolean urlIsAppAddition) {
    }

    /** One of the most important gaps: what, how far, how much employers want it, and where to learn it. */
    public record GapItem(String id, String name, String levels, String demand, String nextStep, Gap gap,
                          List<Resource> resources) {
        public GapItem {
            resources = List.copyOf(resources);
        }
    }

    private final Roadmap roadmap;
    private final Readiness readiness;
    private final Texts texts;
    private final Formats formats;

    public ReadinessSummary(Roadmap roadmap, Readiness readiness, Texts texts) {
        this.roadmap = roadmap;
        this.readiness = readiness;
        this.texts = texts;
        this.formats = texts.formats();
    }

    public Readiness readiness() {
        return readiness;
    }

    public Role role() {
        return readiness.role();
    }

    public String roleName() {
        return texts.of(role().name());
    }

    /** "57%", or "no target". */
    public String overall() {
        return formats.wholePercent(readiness.overall());
    }

    /** "of the targets for Junior ML Engineer". */
    public String overallCaption() {
        return texts.get("summary.overall.caption", roleName());
    }

    /** The first {@code n} next steps ("Raise SQL from 2 (Guided) to 4 (Proficient)."), or one sentence saying none is left. */
    public List<String> nextSteps(int n) {
        if (readiness.gaps().isEmpty()) {
            return List.of(texts.get("summary.nextStep.none", roleName()));
        }
        return readiness.gaps().stream().limit(n).map(this::nextStep).toList();
    }

    public String nextStep() {
        return nextSteps(1).get(0);
    }

    private String nextStep(Gap gap) {
        ScoredUnit u = gap.unit();
        return texts.get("summary.nextStep", texts.of(u.name()), level(u, gap.current()), level(u, gap.target()));
    }

    /** The {@code n} most important gaps, worded. */
    public List<GapItem> topGaps(int n) {
        List<GapItem> out = new ArrayList<>();
        readiness.gaps().stream().limit(n).forEach(g -> out.add(gapItem(g)));
        return out;
    }

    private GapItem gapItem(Gap gap) {
        ScoredUnit u = gap.unit();
        String levels = texts.get("summary.gap.levels", level(u, gap.current()), level(u, gap.target()));
        String demand = texts.get(u.estimated() ? "summary.gap.demand.estimate" : "summary.gap.demand.article",
                (int) Math.round(u.weight() * 100));
        List<Resource> res = gap.resources().stream()
                .map(x -> new Resource(texts.of(x.name()), texts.of(x.note()), x.url(), x.urlIsAppAddition()))
                .toList();
        return new GapItem(u.id(), texts.of(u.name()), levels, demand, nextStep(gap), gap, res);
    }

    /** "3 (Independent)": the level with its name on the unit's scale (a group's members share one). */
    public String level(ScoredUnit unit, int value) {
        Scale scale = unit.members().get(0).scale();
        Level level = roadmap.level(scale, value);
        return formats.level(value, texts.of(level.name()));
    }

    /** Readiness per phase, with the article's duration of each. */
    public List<Bar> phases() {
        List<Bar> out = new ArrayList<>();
        roadmap.phases().forEach(ph -> out.add(new Bar(ph.id(), texts.of(ph.name()), readiness.byPhase().get(ph.id()),
                formats.wholePercent(readiness.byPhase().get(ph.id())),
                texts.get("summary.phase.duration", ph.monthsMin(), ph.monthsMax()))));
        return out;
    }

    /** Readiness per area, in catalogue order. */
    public List<Bar> areas() {
        List<Bar> out = new ArrayList<>();
        roadmap.areas().forEach(ar -> out.add(new Bar(ar.id(), texts.of(ar.name()), readiness.byArea().get(ar.id()),
                formats.wholePercent(readiness.byArea().get(ar.id())), null)));
        return out;
    }

    /** "8–17 months", or "Ready now". */
    public String timeToReady() {
        return formats.months(readiness.monthsToReady());
    }

    /** "0–2 years of experience". */
    public String experience() {
        return formats.experience(role());
    }

    /** "€55,000–75,000". */
    public String salary() {
        return formats.salary(role());
    }

    /** Why the targets are what they are (SkillRadar's judgement, as the catalogue says). */
    public String targetsNote() {
        return texts.of(role().targetsNote());
    }

    /** "Source: the 2026 article …". */
    public String source() {
        return texts.get("summary.source", texts.of(roadmap.source().citation()));
    }
}
