package dev.skillradar.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.skillradar.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the roadmap catalogue (JSON, format described in the README) and validates it completely:
 * a broken catalogue fails with a {@link CatalogException} naming the file, the place and the problem.
 */
public final class CatalogLoader {
    /** The bundled catalogue, built from the 2026 article. */
    public static final String BUILT_IN = "/dev/skillradar/catalog/ml-engineer-roadmap-2026.json";
    /** The newest catalogue format this version reads: 2 adds the check statements; 1 still loads. */
    public static final int FORMAT = 2;
    private static final String BUILT_IN_FOLDER = "/dev/skillradar/catalog/";
    private static final long MAX_CHARS = 4L * 1024 * 1024;

    private final JsonFactory json = StrictJson.factory(MAX_CHARS);

    public Roadmap loadBuiltIn() {
        try (InputStream in = CatalogLoader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new CatalogException("ml-engineer-roadmap-2026.json", "", "the built-in catalogue is missing from the application");
            }
            return load(in, "ml-engineer-roadmap-2026.json (built in)",
                    name -> CatalogLoader.class.getResourceAsStream(BUILT_IN_FOLDER + name), name -> name + " (built in)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Roadmap load(Path file) {
        String name = file.toString();
        Path folder = file.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name, checks -> {
                try {
                    return Files.newInputStream(folder.resolve(checks));
                } catch (NoSuchFileException e) {
                    return null;
                }
            }, checks -> folder.resolve(checks).toString());
        } catch (NoSuchFileException e) {
            throw new CatalogException(name, "", "file not found");
        } catch (IOException e) {
            throw new CatalogException(name, "", "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * A catalogue from a stream. Its check statements (format 2) cannot be found without a folder, so
     * {@link Roadmap#checks()} of such a catalogue fails; use {@link #load(Path)} for a file with checks.
     */
    public Roadmap load(InputStream in, String fileName) {
        return load(in, fileName, name -> null, name -> name);
    }

    private Roadmap load(InputStream in, String fileName, CheckLoader.Source checks,
                         java.util.function.UnaryOperator<String> checksFileName) {
        JsonCursor root;
        try {
            root = new JsonCursor(fileName, "", StrictJson.readTree(json, in));
        } catch (JsonProcessingException e) {
            throw new CatalogException(fileName, "", StrictJson.describe(e));
        } catch (IOException e) {
            throw new CatalogException(fileName, "", e.getMessage());
        }
        return new Builder(root, checks, checksFileName).build();
    }

    private static final class Builder {
        private static final Set<String> FIELDS = Set.of("format", "id", "title", "intro", "source", "scales",
                "phases", "areas", "resources", "groups", "skills", "roles", "market");
        private final JsonCursor root;
        private final CheckLoader.Source checks;
        private final java.util.function.UnaryOperator<String> checksFileName;

        Builder(JsonCursor root, CheckLoader.Source checks, java.util.function.UnaryOperator<String> checksFileName) {
            this.root = root;
            this.checks = checks;
            this.checksFileName = checksFileName;
        }

        Roadmap build() {
            JsonCursor format = root.field("format");
            int version = format.integer();
            if (version != 1 && version != FORMAT) {
                throw format.fail("unsupported catalogue format " + version + " (this version reads 1 and " + FORMAT + ")");
            }
            Set<String> fields = new HashSet<>(FIELDS);
            if (version >= 2) {
                fields.add("checks");
            }
            root.onlyFields(fields);
            String checksName = version >= 2 ? checksName(root.field("checks")) : null;
            String id = checkId(root.field("id"));
            LocalizedText title = root.field("title").localized();
            LocalizedText intro = root.field("intro").localized();
            JsonCursor src = root.field("source");
            src.onlyFields(Set.of("citation", "estimatesNote"));
            Source source = new Source(src.field("citation").localized(), src.field("estimatesNote").localized());

            Map<Scale, List<Level>> scales = scales(root.field("scales"));
            List<Phase> phases = phases(root.field("phases"));
            List<Area> areas = areas(root.field("areas"));
            List<Resource> resources = resources(root.field("resources"));
            Set<String> phaseIds = ids(phases.stream().map(Phase::id).toList());
            Set<String> areaIds = ids(areas.stream().map(Area::id).toList());
            Set<String> resourceIds = ids(resources.stream().map(Resource::id).toList());

            List<JsonCursor> skillNodes = root.field("skills").array();
            Map<String, JsonCursor> skillPlaces = new LinkedHashMap<>();
            for (JsonCursor s : skillNodes) {
                JsonCursor idNode = s.field("id");
                if (skillPlaces.put(checkId(idNode), s) != null) {
                    throw idNode.fail("duplicate skill id '" + idNode.text() + "'");
                }
            }
            Map<String, String> groupOf = new HashMap<>();
            List<SkillGroup> groups = groups(root.field("groups"), skillPlaces.keySet(), groupOf);
            List<Skill> skills = new ArrayList<>();
            for (JsonCursor s : skillNodes) {
                skills.add(skill(s, phaseIds, areaIds, resourceIds, skillPlaces.keySet(), groupOf));
            }
            checkGroups(groups, skills, root.field("groups"));
            checkPrerequisiteCycles(skills, skillPlaces);
            List<Role> roles = roles(root.field("roles"), skills);
            Market market = market(root.field("market"));
            if (checksName == null) {
                return new Roadmap(id, title, intro, source, market, scales, phases, areas, skills, groups, resources, roles);
            }
            CheckLoader.Source from = checks;
            String checksFile = checksFileName.apply(checksName);
            return new Roadmap(id, title, intro, source, market, scales, phases, areas, skills, groups, resources, roles,
                    version, checksName, roadmap -> new CheckLoader().load(roadmap, from, checksName, checksFile));
        }

        /** A plain file name beside the catalogue ("x.checks.json"): no folders, so it is always found next to it. */
        private static String checksName(JsonCursor c) {
            String name = c.text();
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.json")) {
                throw c.fail("'" + name + "' is not the name of a .json file beside the catalogue (no folders)");
            }
            return name;
        }

        private static Set<String> ids(List<String> ids) {
            return new HashSet<>(ids);
        }

        private static String checkId(JsonCursor c) {
            String id = c.text();
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw c.fail("'" + id + "' is not a valid id (lower-case letters, digits and single hyphens)");
            }
            return id;
        }

        private static void unique(Set<String> seen, JsonCursor idNode, String kind) {
            if (!seen.add(idNode.text())) {
                throw idNode.fail("duplicate " + kind + " id '" + idNode.text() + "'");
            }
        }

        private Map<Scale, List<Level>> scales(JsonCursor node) {
            node.onlyFields(Set.of("proficiency", "cefr"));
            Map<Scale, List<Level>> out = new EnumMap<>(Scale.class);
            for (Scale scale : Scale.values()) {
                JsonCursor levelsNode = node.field(scale.id());
                List<JsonCursor> items = levelsNode.array();
                if (items.size() != Level.MAX - Level.MIN + 1) {
                    throw levelsNode.fail("expected exactly " + (Level.MAX - Level.MIN + 1) + " levels, 0 to 5");
                }
                List<Level> levels = new ArrayList<>();
                for (int i = 0; i < items.size(); i++) {
                    JsonCursor l = items.get(i);
                    l.onlyFields(Set.of("level", "name", "description"));
                    JsonCursor value = l.field("level");
                    if (value.integer() != i) {
                        throw value.fail("expected level " + i + " here (levels are listed 0 to 5 in order)");
                    }
                    levels.add(new Level(i, l.field("name").localized(), l.field("description").localized()));
                }
                out.put(scale, List.copyOf(levels));
            }
            return out;
        }

        private List<Phase> phases(JsonCursor node) {
            List<Phase> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonCursor p : node.array()) {
                p.onlyFields(Set.of("id", "name", "monthsMin", "monthsMax", "focus"));
                unique(seen, p.field("id"), "phase");
                int min = p.field("monthsMin").integer();
                int max = p.field("monthsMax").integer();
                if (min < 0 || max < min) {
                    throw p.field("monthsMax").fail("the duration range " + min + "–" + max + " months is not valid");
                }
                out.add(new Phase(checkId(p.field("id")), p.field("name").localized(), min, max, p.field("focus").localized()));
            }
            if (out.isEmpty()) {
                throw node.fail("the catalogue needs at least one phase");
            }
            return out;
        }

        private List<Area> areas(JsonCursor node) {
            List<Area> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonCursor a : node.array()) {
                a.onlyFields(Set.of("id", "name", "description"));
                unique(seen, a.field("id"), "area");
                out.add(new Area(checkId(a.field("id")), a.field("name").localized(), a.field("description").localized()));
            }
            return out;
        }

        private List<Resource> resources(JsonCursor node) {
            List<Resource> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonCursor r : node.array()) {
                r.onlyFields(Set.of("id", "name", "note", "url", "urlSource"));
                unique(seen, r.field("id"), "resource");
                JsonCursor url = r.field("url");
                WebLink.problem(url.text()).ifPresent(p -> {
                    throw url.fail(p);
                });
                JsonCursor urlSource = r.field("urlSource");
                if (!Set.of("app", "article").contains(urlSource.text())) {
                    throw urlSource.fail("expected \"app\" or \"article\"");
                }
                out.add(new Resource(checkId(r.field("id")), r.field("name").localized(), r.field("note").localized(),
                        url.text(), urlSource.text().equals("app")));
            }
            return out;
        }

        private List<SkillGroup> groups(JsonCursor node, Set<String> skillIds, Map<String, String> groupOf) {
            List<SkillGroup> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (JsonCursor g : node.array()) {
                g.onlyFields(Set.of("id", "name", "description", "members"));
                JsonCursor idNode = g.field("id");
                unique(seen, idNode, "group");
                String id = checkId(idNode);
                if (skillIds.contains(id)) {
                    throw idNode.fail("group id '" + id + "' is also a skill id");
                }
                List<JsonCursor> members = g.field("members").array();
                if (members.size() < 2) {
                    throw g.field("members").fail("an any-of group needs at least two skills");
                }
                List<String> memberIds = new ArrayList<>();
                for (JsonCursor m : members) {
                    String sid = m.text();
                    if (!skillIds.contains(sid)) {
                        throw m.fail("unknown skill '" + sid + "'");
                    }
                    if (groupOf.put(sid, id) != null) {
                        throw m.fail("skill '" + sid + "' is already in another group");
                    }
                    memberIds.add(sid);
                }
                out.add(new SkillGroup(id, g.field("name").localized(), g.field("description").localized(), memberIds));
            }
            return out;
        }

        private Skill skill(JsonCursor s, Set<String> phaseIds, Set<String> areaIds, Set<String> resourceIds,
                            Set<String> skillIds, Map<String, String> groupOf) {
            s.onlyFields(Set.of("id", "phase", "area", "name", "description", "demand", "optional", "scale",
                    "prerequisites", "resources"));
            String id = s.field("id").text();
            String phase = s.optionalText("phase");
            if (phase != null && !phaseIds.contains(phase)) {
                throw s.field("phase").fail("unknown phase '" + phase + "'");
            }
            String area = s.field("area").text();
            if (!areaIds.contains(area)) {
                throw s.field("area").fail("unknown area '" + area + "'");
            }
            JsonCursor d = s.field("demand");
            d.onlyFields(Set.of("weight", "source", "note"));
            JsonCursor w = d.field("weight");
            double weight = w.number();
            if (!(weight >= 0 && weight <= 1)) {
                throw w.fail("weight " + weight + " is outside 0..1");
            }
            JsonCursor ds = d.field("source");
            DemandSource source = switch (ds.text()) {
                case "article" -> DemandSource.ARTICLE;
                case "estimate" -> DemandSource.ESTIMATE;
                default -> throw ds.fail("expected \"article\" or \"estimate\"");
            };
            Demand demand = new Demand(weight, source, d.field("note").localized());
            boolean optional = s.has("optional") && s.field("optional").bool();
            Scale scale = Scale.PROFICIENCY;
            if (s.has("scale")) {
                JsonCursor sc = s.field("scale");
                scale = switch (sc.text()) {
                    case "proficiency" -> Scale.PROFICIENCY;
                    case "cefr" -> Scale.CEFR;
                    default -> throw sc.fail("expected \"proficiency\" or \"cefr\"");
                };
            }
            if (phase == null && !optional) {
                throw s.fail("a skill outside every phase must be optional");
            }
            List<String> prereqs = new ArrayList<>();
            if (s.has("prerequisites")) {
                for (JsonCursor p : s.field("prerequisites").array()) {
                    String pid = p.text();
                    if (!skillIds.contains(pid)) {
                        throw p.fail("unknown skill '" + pid + "'");
                    }
                    if (pid.equals(id)) {
                        throw p.fail("a skill cannot be its own prerequisite");
                    }
                    prereqs.add(pid);
                }
            }
            List<String> res = new ArrayList<>();
            if (s.has("resources")) {
                for (JsonCursor r : s.field("resources").array()) {
                    if (!resourceIds.contains(r.text())) {
                        throw r.fail("unknown resource '" + r.text() + "'");
                    }
                    res.add(r.text());
                }
            }
            return new Skill(id, phase, area, s.field("name").localized(), s.field("description").localized(),
                    demand, optional, scale, prereqs, res, groupOf.get(id));
        }

        private static void checkGroups(List<SkillGroup> groups, List<Skill> skills, JsonCursor node) {
            Map<String, Skill> byId = new HashMap<>();
            skills.forEach(s -> byId.put(s.id(), s));
            List<JsonCursor> places = node.array();
            for (int i = 0; i < groups.size(); i++) {
                SkillGroup g = groups.get(i);
                Skill first = byId.get(g.memberIds().get(0));
                for (String m : g.memberIds()) {
                    Skill s = byId.get(m);
                    if (s.optional() || !s.areaId().equals(first.areaId()) || !java.util.Objects.equals(s.phaseId(), first.phaseId())) {
                        throw places.get(i).field("members").fail(
                                "all members of a group must share phase and area and not be optional ('" + m + "' differs)");
                    }
                }
            }
        }

        private static void checkPrerequisiteCycles(List<Skill> skills, Map<String, JsonCursor> places) {
            Map<String, Skill> byId = new HashMap<>();
            skills.forEach(s -> byId.put(s.id(), s));
            Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
            for (Skill s : skills) {
                List<String> path = new ArrayList<>();
                if (cycleFrom(s.id(), byId, state, path)) {
                    throw places.get(path.get(0)).field("prerequisites").fail(
                            "prerequisite cycle: " + String.join(" -> ", path));
                }
            }
        }

        private static boolean cycleFrom(String id, Map<String, Skill> byId, Map<String, Integer> state, List<String> path) {
            Integer st = state.get(id);
            if (st != null && st == 2) {
                return false;
            }
            if (st != null && st == 1) {
                int start = path.indexOf(id);
                List<String> cycle = new ArrayList<>(path.subList(start, path.size()));
                cycle.add(id);
                path.clear();
                path.addAll(cycle);
                return true;
            }
            state.put(id, 1);
            path.add(id);
            for (String p : byId.get(id).prerequisites()) {
                if (cycleFrom(p, byId, state, path)) {
                    return true;
                }
            }
            path.remove(path.size() - 1);
            state.put(id, 2);
            return false;
        }

        private static List<Role> roles(JsonCursor node, List<Skill> skills) {
            List<Role> out = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<String> skillIds = new HashSet<>();
            skills.forEach(s -> skillIds.add(s.id()));
            for (JsonCursor r : node.array()) {
                r.onlyFields(Set.of("id", "name", "yearsMin", "yearsMax", "salaryMin", "salaryMax", "currency",
                        "targets", "targetsNote"));
                unique(seen, r.field("id"), "role");
                int yearsMin = r.field("yearsMin").integer();
                Integer yearsMax = r.optionalInteger("yearsMax");
                int salaryMin = r.field("salaryMin").integer();
                Integer salaryMax = r.optionalInteger("salaryMax");
                if (yearsMax != null && yearsMax < yearsMin) {
                    throw r.field("yearsMax").fail("yearsMax is below yearsMin");
                }
                if (salaryMax != null && salaryMax < salaryMin) {
                    throw r.field("salaryMax").fail("salaryMax is below salaryMin");
                }
                Map<String, Integer> targets = new LinkedHashMap<>();
                JsonCursor t = r.field("targets");
                for (var e : t.entries().entrySet()) {
                    if (!skillIds.contains(e.getKey())) {
                        throw e.getValue().fail("unknown skill '" + e.getKey() + "'");
                    }
                    int level = e.getValue().integer();
                    if (!Level.isValid(level)) {
                        throw e.getValue().fail("target level " + level + " is outside 0..5");
                    }
                    targets.put(e.getKey(), level);
                }
                for (Skill s : skills) {
                    if (!targets.containsKey(s.id())) {
                        throw t.fail("no target level for skill '" + s.id() + "'");
                    }
                }
                out.add(new Role(checkId(r.field("id")), r.field("name").localized(), yearsMin, yearsMax, salaryMin,
                        salaryMax, r.field("currency").text(), targets, r.field("targetsNote").localized()));
            }
            if (out.isEmpty()) {
                throw node.fail("the catalogue needs at least one role");
            }
            return out;
        }

        private static Market market(JsonCursor m) {
            m.onlyFields(Set.of("employers", "employersNote", "facts", "languageNote"));
            List<LocalizedText> facts = m.field("facts").array().stream().map(JsonCursor::localized).toList();
            return new Market(m.field("employers").textArray(), m.field("employersNote").localized(), facts,
                    m.field("languageNote").localized());
        }
    }
}
