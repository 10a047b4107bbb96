package dev.skillradar.text;

import dev.skillradar.assessment.Basis;

/**
 * The scoring basis and the drift of self-ratings from the checks worded in one language, for the command line,
 * the Dashboard and the report alike: "Scored on: the lower of self-rating and checks", "+0.50 levels",
 * "rated higher than the checks show".
 */
public final class CalibrationTexts {
    private final Texts texts;

    public CalibrationTexts(Texts texts) {
        this.texts = texts;
    }

    /** "your self-ratings", "the checks you ticked", "the lower of self-rating and checks". */
    public String basis(Basis basis) {
        return texts.get("basis." + basis.id());
    }

    /** "Scored on: the lower of self-rating and checks". */
    public String scoredOn(Basis basis) {
        return texts.get("basis.scoredOn", basis(basis));
    }

    /** A drift with its sign and two decimals ("+0.50", "−1.25" with a minus sign, "0.00"; "+0,50" in German). */
    public String signed(double drift) {
        int sign = shownSign(drift);
        String text = texts.formats().decimal(Math.abs(drift), 2);
        return sign == 0 ? text : (sign > 0 ? "+" : "\u2212") + text;
    }

    /** The sign the reader sees: 1, -1, or 0 where the drift rounds to 0.00 (+0.004 reads as even). */
    public int shownSign(double drift) {
        boolean zero = texts.formats().decimal(0, 2).equals(texts.formats().decimal(Math.abs(drift), 2));
        return zero ? 0 : drift > 0 ? 1 : -1;
    }

    /** "+0.50 levels", or "none" where no rated skill has a ticked statement. */
    public String drift(Double drift) {
        return drift == null ? texts.get("drift.none") : texts.get("drift.levels", signed(drift));
    }

    /** What the sign means: "rated higher than the checks show", lower, or "as the checks show"; "" for none. */
    public String meaning(Double drift) {
        if (drift == null) {
            return "";
        }
        int sign = shownSign(drift);
        return texts.get(sign > 0 ? "drift.over" : sign < 0 ? "drift.under" : "drift.even");
    }
}
