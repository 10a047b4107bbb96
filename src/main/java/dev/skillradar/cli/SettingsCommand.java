package dev.skillradar.cli;

import dev.skillradar.assessment.Reconfirmation;
import java.util.List;
import java.util.Set;

/** {@code settings confirm-months [N]}: shows or sets a setting of the data folder. */
final class SettingsCommand implements Command {
    static final String CONFIRM_MONTHS = "confirm-months";
    static final Spec SPEC = new Spec("settings", "settings confirm-months [N] [--lang en|de]",
            "Show or set a setting of the data folder: after how many months a rating is asked again.",
            """
            confirm-months N   a rating whose level was neither changed nor confirmed for N calendar months
                               (1 to 24, default 6) is stale: skillradar calibration lists it, and the
                               window asks to confirm it again. Applies to every profile of the data folder.
            Without N the current value is shown.
              --lang en|de     language of the output (default en)""",
            List.of("KEY", "VALUE"), 1, Set.of("--lang"), Set.of());

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        CliTexts texts = CliTexts.of(CliTexts.language(args.value("--lang"))); // an unknown language sets nothing
        String key = args.positional(0);
        if (!key.equals(CONFIRM_MONTHS)) {
            throw CliException.usage("unknown setting '" + key + "'" + Suggest.hint(key, List.of(CONFIRM_MONTHS))
                    + " (settings: " + CONFIRM_MONTHS + ")");
        }
        Integer months = null;
        if (args.positionals().size() > 1) {
            months = months(args.positional(1));
        }
        var checks = session.checks();
        if (months != null) {
            checks.setConfirmMonths(months);
        }
        int now = checks.confirmMonths();
        session.out().println(texts.get(months != null ? "settings.confirmMonths.set" : "settings.confirmMonths.shown", now,
                session.database().dataDirectory().toString()));
        return ExitCode.OK;
    }

    private static int months(String text) throws CliException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= Reconfirmation.MIN_MONTHS && n <= Reconfirmation.MAX_MONTHS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw CliException.usage("confirm-months must be a whole number of months from " + Reconfirmation.MIN_MONTHS
                + " to " + Reconfirmation.MAX_MONTHS + ", not '" + text + "'");
    }
}
