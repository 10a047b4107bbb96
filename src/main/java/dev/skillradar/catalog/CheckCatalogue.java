package dev.skillradar.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check statements of a catalogue (format 2): for every skill and every level 1..5, two or three
 * {@link CheckStatement}s, with ids unique across the catalogue. Immutable; read by {@link CatalogLoader} from its
 * own resource beside the catalogue on first use ({@link Roadmap#checks()}).
 */
public final class CheckCatalogue {
    /** The lowest level that has statements; level 0 ("none") needs no evidence. */
    public static final int FIRST_LEVEL = 1;
    public static final int LAST_LEVEL = Level.MAX;
    public static final int MIN_PER_LEVEL = 2;
    public static final int MAX_PER_LEVEL = 3;

    private final LocalizedText note;
    private final Map<String, List<List<CheckStatement>>> bySkill = new LinkedHashMap<>();
    private final Map<String, CheckStatement> byId = new HashMap<>();

    /** {@code statements}: every statement, grouped by skill in catalogue order and by level in order. */
    public CheckCatalogue(LocalizedText note, List<CheckStatement> statements) {
        this.note = note;
        for (CheckStatement s : statements) {
            if (s.level() < FIRST_LEVEL || s.level() > LAST_LEVEL) {
                throw new IllegalArgumentException("statement " + s.id() + " has level " + s.level());
            }
            if (byId.putIfAbsent(s.id(), s) != null) {
                throw new IllegalArgumentException("statement id " + s.id() + " is used twice");
            }
            bySkill.computeIfAbsent(s.skillId(), k -> {
                List<List<CheckStatement>> l = new ArrayList<>();
                for (int i = FIRST_LEVEL; i <= LAST_LEVEL; i++) {
                    l.add(new ArrayList<>());
                }
                return l;
            }).get(s.level() - FIRST_LEVEL).add(s);
        }
        bySkill.replaceAll((k, levels) -> levels.stream().map(List::copyOf).toList());
    }

    /** That the statements are SkillRadar's judgement, how they are meant, and that levels are cumulative. */
    public LocalizedText note() {
        return note;
    }

    /** True when the skill has statements (every skill of a valid format-2 catalogue has). */
    public boolean has(String skillId) {
        return bySkill.containsKey(skillId);
    }

    /** The skill's statements of one level (1..5) in file order; empty for an unknown skill or level. */
    public List<CheckStatement> of(String skillId, int level) {
        List<List<CheckStatement>> levels = bySkill.get(skillId);
        if (levels == null || level < FIRST_LEVEL || level > LAST_LEVEL) {
            return List.of();
        }
        return levels.get(level - FIRST_LEVEL);
    }

    /** Every statement of the skill, level 1 first; empty for an unknown skill. */
    public List<CheckStatement> of(String skillId) {
        List<List<CheckStatement>> levels = bySkill.get(skillId);
        if (levels == null) {
            return List.of();
        }
        List<CheckStatement> out = new ArrayList<>();
        levels.forEach(out::addAll);
        return Collections.unmodifiableList(out);
    }

    /** The statement with this id, if the catalogue has it (a stored tick may name one it no longer has). */
    public Optional<CheckStatement> statement(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** How many statements there are in all. */
    public int size() {
        return byId.size();
    }
}
