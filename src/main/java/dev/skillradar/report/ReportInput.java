package dev.skillradar.report;

import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Rating;
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
 * history, an optional comparison, the moment the report is made and the zone its dates are in, and the creating
 * program's name ("SkillRadar 0.1.0"). The same input always gives the same file.
 */
public record ReportInput(Roadmap roadmap, Profile profile, Role role, Language language, PageSetup.Paper paper,
                          Map<String, Rating> ratings, HistoryReplay history, Optional<Comparison> comparison,
                          Instant now, ZoneId zone, String creator) {
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
    }

    /** The current levels: skill id to level, absent = not rated. */
    public Map<String, Integer> levels() {
        Map<String, Integer> out = new HashMap<>();
        ratings.forEach((id, r) -> out.put(id, r.level()));
        return out;
    }

    /** The same report on other paper (the printer's), laid out anew rather than scaled. */
    public ReportInput withPaper(PageSetup.Paper other) {
        return new ReportInput(roadmap, profile, role, language, other, ratings, history, comparison, now, zone, creator);
    }

    /** The same report in another language. */
    public ReportInput withLanguage(Language other) {
        return new ReportInput(roadmap, profile, role, other, paper, ratings, history, comparison, now, zone, creator);
    }
}
