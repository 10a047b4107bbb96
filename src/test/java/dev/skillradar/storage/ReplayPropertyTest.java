package dev.skillradar.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.ProfileSnapshot;
import dev.skillradar.assessment.Rating;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.ReadinessCalculator;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Role;
import dev.skillradar.exchange.ProfileExporter;
import dev.skillradar.exchange.ProfileImporter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readiness at a past moment is the score of the ratings valid then, over random histories built through the
 * real repositories: local changes (ties in time included, and a skill the catalogue lacks), and imports of
 * exported files (through the real exporter, importer and {@code importSnapshot}, with and without replace)
 * whose changes were made days earlier, sometimes with sequence numbers out of time order or with a replacement
 * of their own. The expectation is computed independently: after every operation the stored ratings are read
 * back and remembered with the operation's time; the state at a moment is the last one remembered at or before
 * it. An import --replace makes the imported file's own past the profile's past.
 * Reproduce a failure with {@code -Dskillradar.seed=N}.
 */
class ReplayPropertyTest {
    private static final int ROUNDS = 10;
    private static final List<String> SKILLS = List.of("python", "sql", "numpy", "docker", "pytorch", "tensorflow",
            "aws-sagemaker", "german");
    private static final String LEGACY = "legacy-skill"; // rated once, since dropped from the catalogue

    @TempDir
    Path tmp;

    private final Roadmap roadmap = new CatalogLoader().loadBuiltIn();
    private final ReadinessCalculator calc = new ReadinessCalculator(roadmap);
    private final ProfileImporter importer = new ProfileImporter(roadmap);

    /** The ratings valid from {@code at} on, as read back from storage (skills of the catalogue only). */
    private record Known(Instant at, Map<String, Integer> levels) {
    }

    @Test
    void theReplayAtAnyMomentIsTheRatingsValidThenAndAtNowTheCurrentRatings() {
        long seed = Long.getLong("skillradar.seed", System.nanoTime());
        System.out.println("ReplayPropertyTest seed " + seed);
        Random rnd = new Random(seed);
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        int checked = 0;
        try (Database db = Database.open(tmp, clock, StorageTestSupport.FAST)) {
            for (int round = 0; round < ROUNDS; round++) {
                String where = "seed " + seed + ", round " + round;
                Profile p = db.profiles().create("p" + round, "junior");
                List<Known> known = new ArrayList<>();
                localChanges(db, p, rnd, clock, known);
                int kind = rnd.nextInt(3); // 0: replace, 1: import into a new profile, 2: local changes only
                if (kind < 2) {
                    clock.advance(Duration.ofMinutes(1 + rnd.nextInt(600)));
                    List<Known> remote = new ArrayList<>();
                    ProfileSnapshot file = exportedFile(rnd, clock.instant(), remote);
                    if (kind == 1) {
                        p = db.profiles().importSnapshot("p" + round + "-imported", file, false);
                    } else {
                        db.profiles().importSnapshot(p.name(), file, true);
                    }
                    known = remote; // the imported file's past is now the profile's past
                    known.add(new Known(clock.instant(), levels(db, p)));
                    localChanges(db, p, rnd, clock, known);
                }
                checked += check(db, p, known, rnd, where);
            }
            for (Profile p : db.profiles().list()) {
                Map<String, Integer> current = new HashMap<>();
                db.ratings().current(p.id()).values().forEach(r -> current.put(r.skillId(), r.level()));
                List<RatingChange> history = db.ratings().history(p.id());
                assertEquals(levels(db, p), HistoryReplay.of(history, roadmap).stateAt(clock.instant()), p.name());
                assertEquals(current, HistoryReplay.ofAllSkills(history).stateAt(clock.instant()), p.name());
            }
        }
        assertTrue(checked > ROUNDS * 20, "moments checked: " + checked);
    }

    private void localChanges(Database db, Profile p, Random rnd, MutableClock clock, List<Known> known) {
        int n = 3 + rnd.nextInt(20);
        for (int i = 0; i < n; i++) {
            if (rnd.nextInt(5) > 0) { // else: the same moment as the change before
                clock.advance(Duration.ofSeconds(1 + rnd.nextInt(6 * 3600)));
            }
            String skill = rnd.nextInt(12) == 0 ? LEGACY : SKILLS.get(rnd.nextInt(SKILLS.size()));
            ChangeOrigin origin = rnd.nextBoolean() ? ChangeOrigin.APP : ChangeOrigin.CLI;
            if (rnd.nextInt(3) == 0) {
                db.ratings().rate(p.id(), skill, rnd.nextInt(6), "note " + i, null, origin);
            } else {
                db.ratings().setLevel(p.id(), skill, rnd.nextInt(6), origin);
            }
            known.add(new Known(clock.instant(), levels(db, p)));
        }
    }

    /**
     * A file exported at {@code exportAt} from another machine, its changes days earlier; {@code truth} receives
     * that machine's ratings after each change that counts. Either its sequence numbers disagree with its time
     * order (a clock that jumped; times strictly increasing then), or it holds a replacement of its own.
     */
    private ProfileSnapshot exportedFile(Random rnd, Instant exportAt, List<Known> truth) {
        boolean shuffled = rnd.nextBoolean();
        boolean ownReplacement = !shuffled && rnd.nextBoolean();
        List<RatingChange> entries = new ArrayList<>();
        Instant t = exportAt.minus(Duration.ofDays(10 + rnd.nextInt(40))); // at most ~9 days of changes follow
        if (ownReplacement) {
            for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                entries.add(new RatingChange(0, SKILLS.get(rnd.nextInt(SKILLS.size())), null, rnd.nextInt(6),
                        t.plusSeconds(rnd.nextInt(86_400)), ChangeOrigin.APP));
            }
            entries.add(new RatingChange(0, null, null, null, t.plusSeconds(90_000), ChangeOrigin.IMPORT_REPLACE));
            t = t.minus(Duration.ofHours(rnd.nextInt(48))); // what it imported was older still
        }
        Map<String, Integer> state = new LinkedHashMap<>();
        Map<String, Instant> decided = new HashMap<>();
        List<RatingChange> counted = new ArrayList<>();
        int n = 1 + rnd.nextInt(15);
        for (int i = 0; i < n; i++) {
            if (shuffled || rnd.nextInt(4) > 0) {
                t = t.plusSeconds(1 + rnd.nextInt(12 * 3600));
            }
            String skill = SKILLS.get(rnd.nextInt(SKILLS.size()));
            int level = rnd.nextInt(6);
            counted.add(new RatingChange(0, skill, state.get(skill), level, t, ChangeOrigin.APP));
            state.put(skill, level);
            decided.put(skill, t);
            truth.add(new Known(t, Map.copyOf(state)));
        }
        if (shuffled) {
            Collections.shuffle(counted, rnd);
        }
        entries.addAll(counted);
        List<RatingChange> numbered = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            RatingChange e = entries.get(i);
            numbered.add(new RatingChange(3L * i + 1, e.skillId(), e.oldLevel(), e.newLevel(), e.at(), e.origin()));
        }
        List<Rating> ratings = new ArrayList<>();
        state.forEach((skill, level) -> ratings.add(new Rating(skill, level, null, null, decided.get(skill))));
        ProfileSnapshot snapshot = new ProfileSnapshot("remote", "senior", ratings, numbered);
        byte[] bytes = new ProfileExporter(roadmap.id(), "test", Clock.fixed(exportAt, ZoneOffset.UTC)).export(snapshot);
        try {
            return importer.read(bytes); // the file passes the importer's rules, history ending at the ratings included
        } catch (dev.skillradar.exchange.InvalidDocumentException e) {
            throw new AssertionError("the generated file was refused: " + e.getMessage(), e);
        }
    }

    /** Compares the replay with the expectation at every known moment, just before and after it, and at random ones. */
    private int check(Database db, Profile p, List<Known> known, Random rnd, String where) {
        HistoryReplay replay = HistoryReplay.of(db.ratings().history(p.id()), roadmap);
        List<Instant> moments = new ArrayList<>();
        for (Known k : known) {
            moments.add(k.at());
            moments.add(k.at().minusMillis(1));
            moments.add(k.at().plusMillis(1));
        }
        Instant first = known.get(0).at().minus(Duration.ofDays(1));
        long span = Duration.between(first, known.get(known.size() - 1).at().plus(Duration.ofDays(1))).toMillis();
        for (int i = 0; i < 20; i++) {
            moments.add(first.plusMillis((long) (rnd.nextDouble() * span)));
        }
        List<Map<String, Integer>> swept = replay.statesAt(moments);
        for (int i = 0; i < moments.size(); i++) {
            Instant m = moments.get(i);
            Map<String, Integer> expected = expectedAt(known, m);
            Map<String, Integer> actual = replay.stateAt(m);
            assertEquals(expected, actual, where + ", at " + m);
            assertEquals(expected, swept.get(i), where + ", swept, at " + m);
            for (Role role : roadmap.roles()) {
                assertEquals(calc.evaluate(role, expected).overall(), calc.evaluate(role, actual).overall(), where);
            }
        }
        return moments.size();
    }

    private static Map<String, Integer> expectedAt(List<Known> known, Instant moment) {
        Map<String, Integer> result = Map.of(); // before the first change, nothing is rated
        for (Known k : known) {
            if (!k.at().isAfter(moment)) {
                result = k.levels();
            }
        }
        return result;
    }

    private Map<String, Integer> levels(Database db, Profile p) {
        Map<String, Integer> out = new HashMap<>();
        for (Rating r : db.ratings().current(p.id()).values()) {
            if (roadmap.skill(r.skillId()).isPresent()) {
                out.put(r.skillId(), r.level());
            }
        }
        return Map.copyOf(out);
    }
}
