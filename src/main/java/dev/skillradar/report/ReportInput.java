package dev.skillradar.report;

import dev.skillradar.assessment.AssessmentTimeline;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.CheckedLevels;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.Reconfirmation;
import dev.skillradar.assessment.ScoredLevels;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickReplay;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.report.pdf.PageSetup;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one readiness report is made from, read once on the I/O thread: the roadmap, the profile and the
 * role it is scored for, the language and paper, the current ratings (with notes and evidence), the replayed
 * history, an optional comparison, the moment the report is made and the zone its dates are in, the creating
 * program's name ("SkillRadar 0.1.0"), and for the self-check the basis the profile is scored on, its ticks and
 * their replayed history, and the data folder's re-confirmation period. The same input always gives the same file.
 */
public record ReportInput(Roadmap roadmap, Profile profile, Role role, Language language, PageSetup.Paper paper,
                          Map<String, Rating> ratings, HistoryReplay history, Optional<Comparison> comparison,
                          Instant now, ZoneId zone, String creator, Basis basis, Map<String, Tick> ticks,
                          TickReplay tickHistory, int confirmMonths) {
    public ReportInput {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        ratings = Map.copyOf(ratings);
        Objects.requireNonNull(history, "history");
        comparison = Objects.requireNonNullElse(comparison, Optional.empty());
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(zone, "zone");
        creator = Objects.requireNonNullElse(creator, "SkillRadar");
        basis = Objects.requireNonNullElse(basis, Basis.SELF);
        if (basis.usesChecks() && !roadmap.hasChecks()) {
            throw new IllegalArgumentException("the basis " + basis.id() + " needs a roadmap with check statements");
        }
        ticks = Map.copyOf(Objects.requireNonNullElse(ticks, Map.of()));
        tickHistory = Objects.requireNonNullElse(tickHistory, TickReplay.empty());
        Reconfirmation.checkMonths(confirmMonths);
    }

    /** A report of self-ratings only: no ticks, scored on self, the default re-confirmation period. */
    public ReportInput(Roadmap roadmap, Profile profile, Role role, Language language, PageSetup.Paper paper,
                       Map<String, Rating> ratings, HistoryReplay history, Optional<Comparison> comparison,
                       Instant now, ZoneId zone, String creator) {
        this(roadmap, profile, role, language, paper, ratings, history, comparison, now, zone, creator, Basis.SELF,
                Map.of(), TickReplay.empty(), Reconfirmation.DEFAULT_MONTHS);
    }

    /** The current self-ratings: skill id to level, absent = not rated. */
    public Map<String, Integer> levels() {
        Map<String, Integer> out = new HashMap<>();
        ratings.forEach((id, r) -> out.put(id, r.level()));
        return out;
    }

    /** The roadmap's statements when there is a tick to interpret (they are read on first use); else empty. */
    public Optional<CheckCatalogue> checks() {
        return ticks.isEmpty() && tickHistory.isEmpty() ? Optional.empty() : roadmap.checks();
    }

    /** The check-based level now of every skill with a tick. */
    public Map<String, Integer> checkedLevels() {
        return checks().map(c -> CheckedLevels.of(c, ticks.keySet())).orElse(Map.of());
    }

    /** The levels the report scores: the ratings and checks on the profile's basis. */
    public Map<String, Integer> scoredLevels() {
        return ScoredLevels.of(basis, levels(), checkedLevels());
    }

    /** Ratings and ticks over time, for the trend on the basis. */
    public AssessmentTimeline timeline() {
        return AssessmentTimeline.of(history, tickHistory, checks().orElse(null));
    }

    /** The same report on other paper (the printer's), laid out anew rather than scaled. */
    public ReportInput withPaper(PageSetup.Paper other) {
        return new ReportInput(roadmap, profile, role, language, other, ratings, history, comparison, now, zone, creator,
                basis, ticks, tickHistory, confirmMonths);
    }

    /** The same report in another language. */
    public ReportInput withLanguage(Language other) {
        return new ReportInput(roadmap, profile, role, other, paper, ratings, history, comparison, now, zone, creator,
                basis, ticks, tickHistory, confirmMonths);
    }
}
