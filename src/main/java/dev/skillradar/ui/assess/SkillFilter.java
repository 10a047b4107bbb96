package dev.skillradar.ui.assess;

import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Skill;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which rows the Assess screen shows: every word of the search in the skill's name or description
 * (or its group's) in the current language, ignoring case and accents; the chosen phase and area;
 * and with "show only gaps" the skills below the role's target (group members by the group's best).
 */
record SkillFilter(List<String> words, String phaseId, String areaId, boolean gapsOnly, Language language) {

    static SkillFilter of(String search, String phaseId, String areaId, boolean gapsOnly, Language language) {
        List<String> words = search == null ? List.of()
                : Arrays.stream(normalize(search).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        return new SkillFilter(words, phaseId, areaId, gapsOnly, language);
    }

    boolean isActive() {
        return !words.isEmpty() || phaseId != null || areaId != null || gapsOnly;
    }

    boolean test(SkillRowViewModel row) {
        Skill s = row.skill();
        if (phaseId != null) {
            boolean outside = AssessViewModel.OUTSIDE_PHASES.equals(phaseId);
            if (outside ? s.phaseId() != null : !phaseId.equals(s.phaseId())) {
                return false;
            }
        }
        if (areaId != null && !areaId.equals(s.areaId())) {
            return false;
        }
        if (gapsOnly && !row.isGap()) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        StringBuilder text = new StringBuilder()
                .append(s.name().get(language)).append(' ').append(s.description().get(language));
        if (row.group() != null) {
            text.append(' ').append(row.group().group().name().get(language))
                    .append(' ').append(row.group().group().description().get(language));
        }
        String haystack = normalize(text.toString());
        return words.stream().allMatch(haystack::contains);
    }

    /** Lower case without accents, so "uber" finds "Über" and "Numpy" finds "NumPy". */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
