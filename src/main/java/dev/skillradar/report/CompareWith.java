package dev.skillradar.report;

import dev.skillradar.assessment.Profile;
import java.time.Instant;
import java.util.Objects;

/** The comparison a person chooses for the report: none, their own ratings at a past moment, or another profile. */
public sealed interface CompareWith {
    /** No comparison. */
    record Nothing() implements CompareWith {
    }

    /** The report's own profile as it was at {@code at} (from {@link dev.skillradar.assessment.Moments}). */
    record PastMoment(Instant at) implements CompareWith {
        public PastMoment {
            Objects.requireNonNull(at, "at");
        }
    }

    /** Another profile of the data folder, typically a mentor's view imported as a comparison. */
    record OtherProfile(Profile profile) implements CompareWith {
        public OtherProfile {
            Objects.requireNonNull(profile, "profile");
        }
    }

    static CompareWith nothing() {
        return new Nothing();
    }

    static CompareWith at(Instant at) {
        return new PastMoment(at);
    }

    static CompareWith profile(Profile profile) {
        return new OtherProfile(profile);
    }
}
