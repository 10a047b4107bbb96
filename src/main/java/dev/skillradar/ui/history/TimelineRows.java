package dev.skillradar.ui.history;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.HistoryReplay;
import dev.skillradar.assessment.RatingChange;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickEvents;
import dev.skillradar.catalog.CheckStatement;
import dev.skillradar.catalog.Roadmap;
import dev.skillradar.catalog.Skill;
import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.history.HistoryViewModel.Entry;
import dev.skillradar.ui.history.HistoryViewModel.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The History timeline's rows in words: a rating change or a tick event each, in the UI language, with how it
 * stands in the replay (counted, replaced, unknown), merged by time.
 */
final class TimelineRows {
    /** Stored statements are up to ~150 characters; the Statement column shows this many, the tooltip all. */
    static final int STATEMENT_SHOWN = 34;

    private final Roadmap roadmap;
    private final Messages messages;
    private final ZoneId zone;
    private final HistoryReplay replay;

    TimelineRows(Roadmap roadmap, Messages messages, ZoneId zone, HistoryReplay replay) {
        this.roadmap = roadmap;
        this.messages = messages;
        this.zone = zone;
        this.replay = replay;
    }

    /** The timeline's rows, newest first: the rating changes and the tick events (note-only edits left out). */
    List<HistoryViewModel.Entry> newestFirst(List<RatingChange> changes, List<TickEvents.Event> tickEvents) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.texts().locale()).withZone(zone);
        List<Instant> ratingTimes = new ArrayList<>(changes.size());
        List<Entry> ratings = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            RatingChange c = changes.get(i);
            ratingTimes.add(c.at());
            ratings.add(ratingEntry(c, when));
        }
        List<Instant> tickTimes = new ArrayList<>(tickEvents.size());
        List<Entry> ticks = new ArrayList<>(tickEvents.size());
        for (int i = tickEvents.size() - 1; i >= 0; i--) {
            TickEvents.Event e = tickEvents.get(i);
            // A note or link edited on a ticked statement is left out: it cannot move a level or the score, the
            // window writes one per pause in typing (it would flood the table), and a rating's note edits are no
            // history entries either; the note itself is in Check yourself and in the export.
            if (e.kind() != TickEvents.Kind.EDITED) {
                tickTimes.add(e.change().at());
                ticks.add(tickEntry(e, when));
            }
        }
        return merged(ratingTimes, ratings, tickTimes, ticks);
    }

    /**
     * Merges the two histories, each newest first by seq, by time; each keeps its own order (an import's entries
     * keep their files' times), and at the same instant the tick comes first, as the replay applies it last.
     */
    private static List<Entry> merged(List<Instant> ratingTimes, List<Entry> ratings, List<Instant> tickTimes,
                                      List<Entry> ticks) {
        List<Entry> out = new ArrayList<>(ratings.size() + ticks.size());
        int r = 0;
        int t = 0;
        while (r < ratings.size() || t < ticks.size()) {
            boolean tickNext = r >= ratings.size()
                    || (t < ticks.size() && !tickTimes.get(t).isBefore(ratingTimes.get(r)));
            out.add(tickNext ? ticks.get(t++) : ratings.get(r++));
        }
        return out;
    }

    private Entry ratingEntry(RatingChange c, DateTimeFormatter when) {
        HistoryReplay.Standing standing = replay.standing(c);
        String skill = c.origin() == ChangeOrigin.IMPORT_REPLACE ? messages.get("history.replaced")
                : skillName(c.skillId());
        String change = c.origin() == ChangeOrigin.IMPORT_REPLACE ? ""
                : (c.oldLevel() == null ? "–" : c.oldLevel()) + " → " + c.newLevel();
        String why = switch (standing) {
            case COUNTED -> "";
            case MARKER -> messages.get("history.standing.marker");
            case REPLACED -> messages.get("history.standing.replaced");
            case UNKNOWN_SKILL -> messages.get("history.standing.unknown");
        };
        return new Entry(Kind.RATING, c.seq(), LocalDate.ofInstant(c.at(), zone), when.format(c.at()),
                messages.get("history.kind.rating"), skill, change, "", "", messages.get("history.origin." + c.origin().id()),
                standing == HistoryReplay.Standing.COUNTED, why);
    }

    private Entry tickEntry(TickEvents.Event e, DateTimeFormatter when) {
        TickChange c = e.change();
        CheckStatement s = e.statement();
        String skill;
        String shown;
        String full;
        if (e.kind() == TickEvents.Kind.MARKER) {
            skill = messages.get("history.ticksReplaced");
            shown = "";
            full = "";
        } else if (s == null) {
            skill = c.checkId();
            shown = messages.get(c.ticked() ? "history.tick.tickedId" : "history.tick.untickedId", c.checkId());
            full = shown;
        } else {
            skill = skillName(s.skillId());
            String key = c.ticked() ? "history.tick.ticked" : "history.tick.unticked";
            String text = messages.of(s.text());
            shown = messages.get(key, s.level(), shorten(text, STATEMENT_SHOWN));
            full = messages.get(key, s.level(), text);
        }
        String change = e.levelChanged() ? messages.get("history.tick.checks", e.checkedBefore(), e.checkedAfter()) : "";
        String why = switch (e.standing()) {
            case COUNTED -> "";
            case MARKER -> messages.get("history.standing.tickMarker");
            case REPLACED -> messages.get("history.standing.tickReplaced");
            case UNKNOWN_SKILL -> messages.get("history.standing.unknownStatement");
        };
        return new Entry(Kind.TICK, c.seq(), LocalDate.ofInstant(c.at(), zone), when.format(c.at()),
                messages.get("history.kind.tick"), skill, change, shown, full, messages.get("history.origin." + c.origin().id()),
                e.standing() == HistoryReplay.Standing.COUNTED, why);
    }

    private String skillName(String skillId) {
        return roadmap.skill(skillId).map(Skill::name).map(messages::of).orElse(skillId);
    }

    /** {@code text} cut at a word boundary to at most {@code max} characters, "…" included. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        String cut = text.substring(0, text.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip().replaceAll("[,;:]$", "") + "…";
    }
}
