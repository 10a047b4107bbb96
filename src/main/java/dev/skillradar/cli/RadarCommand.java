package dev.skillradar.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.skillradar.app.RadarExport;
import dev.skillradar.assessment.Basis;
import dev.skillradar.assessment.Profile;
import dev.skillradar.assessment.RadarModel;
import dev.skillradar.catalog.Area;
import dev.skillradar.catalog.Language;
import dev.skillradar.catalog.Role;
import dev.skillradar.chart.ChartSpec;
import dev.skillradar.chart.DejaVuMeasure;
import dev.skillradar.chart.Series;
import dev.skillradar.chart.Size;
import dev.skillradar.text.RadarTexts;
import dev.skillradar.text.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code radar}: the radar chart of the gaps as a PNG, or its data as JSON; headless, never JavaFX. */
final class RadarCommand implements Command {
    static final Spec SPEC = new Spec("radar",
            "radar FILE.png [--role ROLE] [--compare-date DATE | --compare-profile NAME] [--area AREA] [--size WxH]"
                    + " [--lang en|de] [--theme light|dark]  |  radar --format json [...]",
            "Draw the radar chart of current levels against the role's targets (PNG), or print its data (JSON).",
            """
            One axis per area in catalogue order (the mean level of its skills, a group counting once at its best
            member, an unrated skill as 0; no value where nothing in the area is rated), or with --area the
            skills of one area. The scale is 0-5 from the centre. Series: your levels, the role's targets and at
            most one comparison: yourself at a past DATE (YYYY-MM-DD, in this computer's time zone: up to the end
            of that day; or an ISO-8601 instant with Z or an offset), or another profile of this data folder
            (a mentor's view imported with import --as-comparison, shown as rated). Your levels are scored on the
            profile's basis (skillradar basis), also at a past DATE, where the ticks are replayed too.
              --role ROLE             targets of this role (default: the profile's)
              --compare-date DATE     compare with the profile as it was then
              --compare-profile NAME  compare with another profile
              --area AREA             the skills of one area instead of the areas
              --size WxH              picture size in px (default 1200x1200, 200 to 8000 a side)
              --lang en|de            language of the picture's words and the confirmation (default en)
              --theme light|dark      colours (default light)
              --format json           print the chart's data instead (values unrounded, texts in English)
            The PNG is written completely or not at all.""",
            List.of("FILE"), 0, Set.of("--role", "--compare-date", "--compare-profile", "--area", "--size", "--lang",
                    "--theme", "--format"), Set.of());

    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    @Override
    public Spec spec() {
        return SPEC;
    }

    @Override
    public int run(Args args, Session session) throws CliException {
        String formatOption = args.value("--format");
        boolean json = formatOption != null;
        if (json && !formatOption.equals("json")) {
            throw CliException.usage("radar prints --format json or draws a PNG file; '" + formatOption
                    + "' is neither (see skillradar radar --help)");
        }
        String fileArg = args.positionals().isEmpty() ? null : args.positional(0);
        if (json == (fileArg != null)) {
            throw CliException.usage(json ? "radar draws FILE.png or prints --format json, not both"
                    : "radar needs FILE.png to write, or --format json (see skillradar radar --help)");
        }
        if (args.value("--compare-date") != null && args.value("--compare-profile") != null) {
            throw CliException.usage("choose one comparison: --compare-date or --compare-profile, not both");
        }
        Language lang = CliTexts.language(args.value("--lang"));
        boolean dark = theme(args.value("--theme"));
        int[] size = size(args.value("--size"));
        Path file = fileArg == null ? null : target(fileArg);
        String roleOption = args.value("--role");
        if (roleOption != null) {
            session.role(roleOption);
        }
        String areaId = args.value("--area");
        Area area = areaId == null ? null : area(session, areaId);

        Profile profile = session.profile();
        Role role = roleOption != null ? session.role(roleOption) : session.roleOf(profile);
        Basis basis = session.basis(profile, null);
        Map<String, Integer> current = session.history().scoredLevels(profile.id(), basis);
        Map<String, Integer> compare = null;
        RadarTexts.Compared compared = null;
        if (args.value("--compare-date") != null) {
            var at = session.moment("--compare-date", args.value("--compare-date"));
            compare = session.history().scoredLevelsAt(profile.id(), basis, at);
            compared = new RadarTexts.AtMoment(at, session.zone());
        } else if (args.value("--compare-profile") != null) {
            Profile other = session.namedProfile("--compare-profile", args.value("--compare-profile"));
            compare = session.history().levels(other.id());
            compared = new RadarTexts.OtherProfile(other.name());
        }
        RadarModel model = RadarModel.of(session.radar(), role, current, compare, areaId);
        if (json) {
            RadarTexts english = new RadarTexts(Texts.of(Language.EN));
            ChartSpec spec = english.spec(model, compared, null, new Size(RadarExport.LAYOUT_SIDE, RadarExport.LAYOUT_SIDE),
                    RadarExport.FONT_SIZE);
            Json.print(session.out(), json(role, areaId, basis, model, spec, english));
            return ExitCode.OK;
        }
        RadarTexts texts = new RadarTexts(Texts.of(lang));
        String title = texts.title(model, area == null ? null : texts.texts().of(area.name()));
        RadarExport export = new RadarExport(DejaVuMeasure.load());
        byte[] png = export.png(model, texts, compared, title, size[0], size[1], dark);
        session.devices().files().write(file, out -> out.write(png));
        session.out().println(CliTexts.of(lang).get("radar.written", size[0], size[1], file.toString()));
        return ExitCode.OK;
    }

    private static ObjectNode json(Role role, String areaId, Basis basis, RadarModel model, ChartSpec spec,
                                   RadarTexts english) {
        ObjectNode root = Json.object().put("role", role.id()).put("area", areaId).put("basis", basis.id());
        ArrayNode axes = root.putArray("axes");
        model.axes().forEach(r -> axes.addObject().put("id", r.id()).put("name", english.axisName(r))
                .put("optional", r.optional()));
        ArrayNode series = root.putArray("series");
        for (Series s : spec.series()) {
            ObjectNode node = series.addObject().put("id", s.id()).put("label", s.label());
            ArrayNode values = node.putArray("values");
            s.values().forEach(v -> {
                if (v == null) {
                    values.addNull();
                } else {
                    values.add(v);
                }
            });
        }
        return root;
    }

    private static Area area(Session session, String id) throws CliException {
        var found = session.roadmap().area(id);
        if (found.isEmpty()) {
            List<String> ids = session.roadmap().areas().stream().map(Area::id).toList();
            throw CliException.usage("unknown area '" + id + "'" + Suggest.hint(id, ids) + " (areas: "
                    + String.join(", ", ids) + ")");
        }
        return found.get();
    }

    private static boolean theme(String option) throws CliException {
        if (option == null || option.equals("light")) {
            return false;
        }
        if (option.equals("dark")) {
            return true;
        }
        throw CliException.usage("unknown theme '" + option + "' (use light or dark)");
    }

    /** "1200x1200" into width and height, each 200 to 8000. */
    static int[] size(String option) throws CliException {
        if (option == null) {
            return new int[] {RadarExport.DEFAULT_SIDE, RadarExport.DEFAULT_SIDE};
        }
        Matcher m = SIZE.matcher(option.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw CliException.usage("--size '" + option + "' is not WIDTHxHEIGHT in px, such as 1200x1200");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        for (int side : new int[] {w, h}) {
            if (side < RadarExport.MIN_SIDE || side > RadarExport.MAX_SIDE) {
                throw CliException.usage("--size '" + option + "': each side must be " + RadarExport.MIN_SIDE + " to "
                        + RadarExport.MAX_SIDE + " px");
            }
        }
        return new int[] {w, h};
    }

    /**
     * Where a picture or report goes, checked before any work: a folder that does not exist is a usage error
     * (exit 2), a folder at the path a file that cannot be written (exit 4); nothing is written either way.
     */
    static Path target(String arg) throws CliException {
        Path file = Path.of(arg).toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCode.STORAGE, "'" + file + "' is a folder; name a file inside it");
        }
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw CliException.usage("the folder " + dir + " does not exist");
        }
        return file;
    }
}
