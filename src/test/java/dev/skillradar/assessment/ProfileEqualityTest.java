package dev.skillradar.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Profile's written-out equals and hashCode mean what a record's generated ones mean: every component counts. */
class ProfileEqualityTest {
    private static final Profile P = new Profile(7, "Anna", "mid", false);

    @Test
    void equalComponentsMakeEqualProfiles() {
        Profile same = new Profile(7, "Anna", "mid", false);
        assertEquals(P, same);
        assertEquals(P.hashCode(), same.hashCode());
        assertEquals(new Profile(1, null, null, true), new Profile(1, null, null, true));
    }

    @Test
    void everyComponentCounts() {
        List<Profile> others = List.of(new Profile(8, "Anna", "mid", false), new Profile(7, "Ana", "mid", false),
                new Profile(7, "Anna", "senior", false), new Profile(7, "Anna", "mid", true),
                new Profile(7, null, "mid", false), new Profile(7, "Anna", null, false));
        for (Profile o : others) {
            assertNotEquals(P, o, o.toString());
            assertNotEquals(o, P, o.toString());
        }
        assertNotEquals(P, null);
        assertNotEquals(P, "Anna");
    }

    @Test
    void componentCountIsStillFour() {
        // a fifth component must be added to equals and hashCode above as well
        assertEquals(4, Profile.class.getRecordComponents().length);
    }
}
