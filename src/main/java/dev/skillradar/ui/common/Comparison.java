package dev.skillradar.ui.common;

import dev.skillradar.assessment.Profile;
import java.time.LocalDate;

/**
 * What the radar compares the learner with, shared by the screens (History picks a date, the profile menu
 * imports a mentor's file): nothing, the shown profile as it was at the end of a day, or another profile.
 */
public sealed interface Comparison {
    /** No comparison. */
    Comparison NONE = new None();

    /** No comparison. */
    record None() implements Comparison {
    }

    /** The shown profile as it was up to the end of {@code day} (in the system's time zone). */
    record AtDate(LocalDate day) implements Comparison {
    }

    /** Another profile of this data folder, one's own or a comparison (a mentor's view). */
    record OfProfile(Profile profile) implements Comparison {
    }
}
