package dev.skillradar.exchange;

import dev.skillradar.assessment.ChangeOrigin;
import dev.skillradar.assessment.Tick;
import dev.skillradar.assessment.TickChange;
import dev.skillradar.assessment.TickReplay;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ticks of a format-2 file, checked like its ratings: well-formed statement ids (any id is kept, also one the
 * catalogue lacks: the app keeps a stored tick on an unknown id and ignores it), one tick per statement, notes and
 * links as for ratings, an increasing tick history whose replay ({@link TickReplay}) ends at the ticks, and no
 * time after the export.
 */
final class TickValidator {
    /** The longest statement id accepted: as long as storage accepts any id. */
    static final int MAX_ID_LENGTH = 200;
    private static final String ID = "[a-z0-9]+(-[a-z0-9]+)*";

    private final String exportedText;
    private final Instant exportedAt;

    TickValidator(String exportedText, Instant exportedAt) {
        this.exportedText = exportedText;
        this.exportedAt = exportedAt;
    }

    List<Tick> ticks(List<ProfileDocument.TickEntry> entries) throws InvalidDocumentException {
        List<Tick> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ProfileDocument.TickEntry e = entries.get(i);
            String at = Places.pointer("ticks", String.valueOf(i));
            String id = id(e.check(), at + "/check");
            if (!seen.add(id)) {
                throw InvalidDocumentException.at(at + "/check", ImportProblem.TICKED_TWICE, id);
            }
            String note = DocumentValidator.note(e.note(), at + "/note");
            String evidence = DocumentValidator.evidence(e.evidence(), at + "/evidence");
            Instant tickedAt = DocumentValidator.instant(e.tickedAt(), at + "/tickedAt");
            DocumentValidator.notAfterExport(tickedAt, e.tickedAt(), at + "/tickedAt", exportedText, exportedAt);
            out.add(new Tick(id, note, evidence, tickedAt));
        }
        return out;
    }

    List<TickChange> history(List<ProfileDocument.TickHistoryEntry> entries) throws InvalidDocumentException {
        List<TickChange> out = new ArrayList<>(entries.size());
        long lastSeq = 0;
        for (int i = 0; i < entries.size(); i++) {
            ProfileDocument.TickHistoryEntry e = entries.get(i);
            String at = Places.pointer("tickHistory", String.valueOf(i));
            if (e.seq() <= lastSeq) {
                throw InvalidDocumentException.at(at + "/seq", ImportProblem.SEQUENCE_NOT_INCREASING, e.seq(), lastSeq);
            }
            lastSeq = e.seq();
            Instant when = DocumentValidator.instant(e.at(), at + "/at");
            ChangeOrigin origin = ChangeOrigin.fromId(e.origin()).filter(o -> o != ChangeOrigin.CONFIRM)
                    .orElseThrow(() -> InvalidDocumentException.at(at + "/origin", ImportProblem.UNKNOWN_ORIGIN,
                            DocumentValidator.shorten(e.origin()), origins()));
            DocumentValidator.notAfterExport(when, e.at(), at + "/at", exportedText, exportedAt);
            if (origin == ChangeOrigin.IMPORT_REPLACE) {
                if (e.check() != null || e.ticked() != null || e.note() != null || e.evidence() != null) {
                    throw InvalidDocumentException.at(at, ImportProblem.TICK_MARKER_WITH_DATA);
                }
                out.add(new TickChange(e.seq(), null, null, null, null, when, origin));
                continue;
            }
            if (e.check() == null) {
                throw InvalidDocumentException.at(at + "/check", ImportProblem.EXPECTED_TEXT,
                        ImportProblem.Found.of(ImportProblem.Found.What.NULL, null));
            }
            String id = id(e.check(), at + "/check");
            if (e.ticked() == null) {
                throw InvalidDocumentException.at(at + "/ticked", ImportProblem.EXPECTED_TRUE_OR_FALSE,
                        ImportProblem.Found.of(ImportProblem.Found.What.NULL, null));
            }
            String note = DocumentValidator.note(e.note(), at + "/note");
            String evidence = DocumentValidator.evidence(e.evidence(), at + "/evidence");
            // An untick removes the note and link: what a file says about them there is not kept.
            out.add(e.ticked() ? new TickChange(e.seq(), id, true, note, evidence, when, origin)
                    : new TickChange(e.seq(), id, false, null, null, when, origin));
        }
        return out;
    }

    /** The tick history must explain the ticks, as the rating history must explain the ratings. */
    static void agree(List<Tick> ticks, List<TickChange> history) throws InvalidDocumentException {
        TickReplay replay = TickReplay.of(history);
        Set<String> replayed = replay.finalState();
        Map<Long, Integer> indexOfSeq = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            indexOfSeq.put(history.get(i).seq(), i);
        }
        Set<String> ticked = new HashSet<>();
        for (Tick t : ticks) {
            ticked.add(t.checkId());
            if (!replayed.contains(t.checkId())) {
                throw InvalidDocumentException.at("/tickHistory", ImportProblem.TICK_WITHOUT_HISTORY, t.checkId());
            }
        }
        for (TickChange last : replay.finalChanges().values()) {
            if (last.ticked() && !ticked.contains(last.checkId())) {
                throw InvalidDocumentException.at(Places.pointer("tickHistory", String.valueOf(indexOfSeq.get(last.seq()))),
                        ImportProblem.TICK_HISTORY_WITHOUT_TICK, last.checkId());
            }
        }
    }

    private static String id(String id, String at) throws InvalidDocumentException {
        if (id.length() > MAX_ID_LENGTH || !id.matches(ID)) {
            throw InvalidDocumentException.at(at, ImportProblem.BAD_CHECK_ID, DocumentValidator.shorten(id), MAX_ID_LENGTH);
        }
        return id;
    }

    private static String origins() {
        List<String> ids = new ArrayList<>();
        for (ChangeOrigin o : ChangeOrigin.values()) {
            if (o != ChangeOrigin.CONFIRM) {
                ids.add(o.id());
            }
        }
        return String.join(", ", ids);
    }
}
