package dev.skillradar.app;

import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.CheckedLevels;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.catalog.CheckCatalogue;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.storage.Database;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Check yourself" for the window and the command line alike: a skill's statements by level with their ticks, the
 * check-based level, ticking and unticking (every change kept in the history), the profile's scoring basis, the
 * confirmation of ratings and the data folder's re-confirmation period. Failures come out as {@link AppProblem}.
 * Call from the I/O thread.
 */
public final class ProfileChecks {
    private final Database db;
    private final Roadmap roadmap;

    public ProfileChecks(Database db, Roadmap roadmap) {
        this.db = db;
        this.roadmap = roadmap;
    }

    /** False for a format-1 roadmap: then "Check yourself" is hidden and only the basis self is possible. */
    public boolean available() {
        return roadmap.hasChecks();
    }

    /** The statements, read on first use; empty for a format-1 roadmap; a broken file is {@link AppProblem.Kind#CATALOG}. */
    public Optional<CheckCatalogue> catalogue() {
        return AppProblem.translating(roadmap::checks);
    }

    /** One statement and its tick (null when not ticked). */
    public record Item(CheckStatement statement, Tick tick) {
        public boolean ticked() {
            return tick != null;
        }
    }

    /** The statements of one level 1..5, in file order; {@code complete} when every one is ticked. */
    public record LevelChecks(int level, List<Item> items) {
        public LevelChecks {
            items = List.copyOf(items);
        }

        public boolean complete() {
            return items.stream().allMatch(Item::ticked);
        }
    }

    /** The skill's statements by level (1 first) with the profile's ticks; empty without statements. */
    public List<LevelChecks> ofSkill(long profileId, String skillId) {
        Optional<CheckCatalogue> checks = catalogue();
        if (checks.isEmpty()) {
            return List.of();
        }
        Map<String, Tick> ticks = ticks(profileId);
        List<LevelChecks> out = new ArrayList<>();
        for (int level = CheckCatalogue.FIRST_LEVEL; level <= CheckCatalogue.LAST_LEVEL; level++) {
            List<Item> items = checks.get().of(skillId, level).stream().map(s -> new Item(s, ticks.get(s.id()))).toList();
            if (!items.isEmpty()) {
                out.add(new LevelChecks(level, items));
            }
        }
        return out;
    }

    /** The skill's check-based level now (0 when nothing, or no level completely, is ticked). */
    public int checkedLevel(long profileId, String skillId) {
        Optional<CheckCatalogue> checks = catalogue();
        return checks.map(c -> CheckedLevels.level(c, skillId, ticks(profileId).keySet())).orElse(0);
    }

    /** Every tick of the profile by statement id, also those on ids this roadmap lacks. */
    public Map<String, Tick> ticks(long profileId) {
        return AppProblem.translating(() -> db.checks().ticks(profileId));
    }

    /** Every tick and untick, oldest first. */
    public List<TickChange> history(long profileId) {
        return AppProblem.translating(() -> db.checks().history(profileId));
    }

    /** Ticks the statements, each with the note and link (null keeps a stored one, blank clears it). */
    public List<Tick> tick(long profileId, Collection<String> checkIds, String note, String evidence, ChangeOrigin origin) {
        return AppProblem.translating(() -> db.checks().tick(profileId, checkIds, note, evidence, origin));
    }

    /** Unticks the statements, removing their notes and links; returns how many were ticked. */
    public int untick(long profileId, Collection<String> checkIds, ChangeOrigin origin) {
        return AppProblem.translating(() -> db.checks().untick(profileId, checkIds, origin));
    }

    public Basis basis(long profileId) {
        return AppProblem.translating(() -> db.profiles().basis(profileId));
    }

    /** Sets the profile's basis; one with checks needs a roadmap with statements ({@link AppProblem.Kind#INVALID_VALUE}). */
    public void setBasis(long profileId, Basis basis) {
        if (basis.usesChecks() && !available()) {
            throw new AppProblem(AppProblem.Kind.INVALID_VALUE, "basisNeedsChecks", List.of("basis", basis.id()), null,
                    "the roadmap " + roadmap.id() + " has no check statements (catalogue format 1)", null);
        }
        AppProblem.translating(() -> {
            db.profiles().setBasis(profileId, basis);
            return null;
        });
    }

    /** Confirms that the ratings still hold (one {@code confirm} history entry each, in one transaction). */
    public List<RatingChange> confirm(long profileId, Collection<String> skillIds) {
        return AppProblem.translating(() -> db.ratings().confirm(profileId, skillIds));
    }

    /** The re-confirmation period of this data folder in calendar months (1..24, default 6). */
    public int confirmMonths() {
        return AppProblem.translating(() -> db.settings().confirmMonths());
    }

    public void setConfirmMonths(int months) {
        AppProblem.translating(() -> {
            db.settings().setConfirmMonths(months);
            return null;
        });
    }
}
