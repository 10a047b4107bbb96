package dev.skillradar.report;

import dev.skillradar.app.AppProblem;
import dev.skillradar.app.ProfileChecks;
import dev.skillradar.app.ProfileHistory;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickReplay;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.report.pdf.PageSetup;
import dev.skillradar.report.pdf.PdfTypesetter;
import dev.skillradar.report.pdf.RenderedPdf;
import dev.skillradar.text.RadarTexts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The readiness report for the window and the command line alike: reads what a report needs ({@link #input}),
 * typesets it ({@link #render}, the same bytes for the preview, the printer and the file), lays it out again on
 * other paper ({@link ReportInput#withPaper}), and saves it atomically ({@link #save}). Failures come out as
 * {@link AppProblem}. Call from the I/O thread; one report is made at a time per thread, the service itself
 * holds no per-report state.
 */
public final class ReportService {
    private final ProfileHistory history;
    private final Roadmap roadmap;
    private final ReadinessReport report;
    private final PdfTypesetter typesetter;
    private final Clock clock;
    private final ZoneId zone;
    private final String creator;

    /**
     * @param creator the program as the file names it ("SkillRadar 0.1.0")
     * @param zone    the zone the report's dates are written in
     */
    public ReportService(ProfileHistory history, Roadmap roadmap, ReadinessCalculator calculator, DejaVuMeasure measure,
                         Clock clock, ZoneId zone, String creator) {
        this.history = history;
        this.roadmap = roadmap;
        this.report = new ReadinessReport(calculator, measure);
        this.typesetter = new PdfTypesetter();
        this.clock = clock;
        this.zone = zone;
        this.creator = creator;
    }

    /**
     * Reads the profile's ratings, history, ticks, basis and the comparison's levels now: the report's content,
     * fixed. A basis with checks on a roadmap without statements (format 1) is reported on self-ratings.
     */
    public ReportInput input(Profile profile, Role role, Language language, PageSetup.Paper paper, CompareWith compare) {
        return input(profile, role, language, paper, compare, null);
    }

    /**
     * {@link #input(Profile, Role, Language, PageSetup.Paper, CompareWith)} scored on {@code scoredOn} (null: the stored
     * basis): the window passes the basis it shows, which may still be on its way to storage.
     */
    public ReportInput input(Profile profile, Role role, Language language, PageSetup.Paper paper, CompareWith compare,
                             Basis scoredOn) {
        Basis basis = scoredOn != null ? scoredOn : history.basis(profile.id());
        if (basis.usesChecks() && !roadmap.hasChecks()) {
            basis = Basis.SELF;
        }
        Optional<Comparison> comparison = compare == null ? Optional.empty() : comparison(profile, basis, compare);
        ProfileChecks checks = history.checksOf();
        Map<String, Tick> ticks = checks.ticks(profile.id());
        TickReplay tickHistory = history.tickReplay(profile.id());
        if (!ticks.isEmpty() || !tickHistory.isEmpty()) {
            history.checks(); // read now, so that a broken checks file is an AppProblem here, not a failure later
        }
        return new ReportInput(roadmap, profile, role, language, paper, history.ratings(profile.id()),
                history.replay(profile.id()), comparison, clock.instant(), zone, creator, basis, ticks, tickHistory,
                checks.confirmMonths());
    }

    private Optional<Comparison> comparison(Profile profile, Basis basis, CompareWith compare) {
        if (compare instanceof CompareWith.PastMoment m) {
            return Optional.of(new Comparison(new RadarTexts.AtMoment(m.at(), zone),
                    history.scoredLevelsAt(profile.id(), basis, m.at())));
        }
        if (compare instanceof CompareWith.OtherProfile o) {
            return Optional.of(new Comparison(new RadarTexts.OtherProfile(o.profile().name()),
                    history.levels(o.profile().id())));
        }
        return Optional.empty();
    }

    /** The finished PDF/A file of {@code in}. */
    public RenderedPdf render(ReportInput in) {
        return typesetter.render(report.document(in));
    }

    /** The report's document model, for callers that typeset themselves (benchmarks, tests). */
    public ReadinessReport report() {
        return report;
    }

    /**
     * Writes the file all-or-nothing: a failure (disk full, read-only, a folder at the path, no such folder) leaves
     * an existing file as it was and nothing half-written behind, as {@link AppProblem} (DISK_FULL, READ_ONLY,
     * STORAGE_IO, INVALID_VALUE, NOT_FOUND).
     */
    public void save(RenderedPdf pdf, Path target) {
        try {
            pdf.saveTo(target);
        } catch (RuntimeException e) {
            throw AppProblem.from(e).map(RuntimeException.class::cast).orElse(e);
        }
    }

    /** Makes a throw-away report once so that the first real one is fast; for a background thread at start-up. */
    public void warmUp() {
        typesetter.warmUp();
    }
}
