package dev.skillradar.catalog;

/**
 * One concrete, checkable statement of what a person at {@code level} (1..5) of a skill has done or can do, in
 * every language. Statements are cumulative (level L assumes those of the levels below) and SkillRadar's own
 * judgement, not the article's. The id is stable and never reused.
 */
public record CheckStatement(String id, String skillId, int level, LocalizedText text) {
}
