package dev.skillradar.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * A catalogue far bigger than the real one, for benchmarks: 20 areas of 100 skills and one area of 200 ("radar",
 * for a crowded drill-down), 2,200 skills in three phases, one any-of group of three per area, short prerequisite
 * chains (at most ten), and three roles with a target for every skill. Valid for {@code CatalogLoader}; seeded,
 * so the same every time.
 */
public final class BigRoadmap {
    public static final String ID = "bench-roadmap";
    public static final int AREAS = 20;
    public static final int SKILLS_PER_AREA = 100;
    public static final int BIG_AREA_SKILLS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private BigRoadmap() {
    }

    public static String skillId(int area, int skill) {
        return String.format("a%02d-s%03d", area, skill);
    }

    public static int skillsIn(int area) {
        return area == AREAS ? BIG_AREA_SKILLS : SKILLS_PER_AREA;
    }

    /** The catalogue as JSON text. */
    public static String json() {
        Random rnd = new Random(2200);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1).put("id", ID);
        root.set("title", text("Benchmark roadmap"));
        root.set("intro", text("2,200 generated skills"));
        ObjectNode source = root.putObject("source");
        source.set("citation", text("Generated"));
        source.set("estimatesNote", text("All weights are generated"));
        ObjectNode scales = root.putObject("scales");
        for (String scale : new String[] {"proficiency", "cefr"}) {
            ArrayNode levels = scales.putArray(scale);
            for (int l = 0; l <= 5; l++) {
                ObjectNode level = levels.addObject().put("level", l);
                level.set("name", text("L" + l));
                level.set("description", text("Level " + l));
            }
        }
        ArrayNode phases = root.putArray("phases");
        for (int p = 1; p <= 3; p++) {
            ObjectNode phase = phases.addObject().put("id", "p" + p);
            phase.set("name", text("Phase " + p));
            phase.put("monthsMin", 3 * p).put("monthsMax", 6 * p);
            phase.set("focus", text("Focus " + p));
        }
        ArrayNode areas = root.putArray("areas");
        for (int a = 0; a <= AREAS; a++) {
            ObjectNode area = areas.addObject().put("id", a == AREAS ? "radar" : String.format("a%02d", a));
            area.set("name", text(a == AREAS ? "Radar area" : "Area " + a));
            area.set("description", text("Generated area " + a));
        }
        ObjectNode resource = root.putArray("resources").addObject().put("id", "r1");
        resource.set("name", text("A course"));
        resource.set("note", text("Generated"));
        resource.put("url", "https://example.org/course").put("urlSource", "app");
        ArrayNode groups = root.putArray("groups");
        ArrayNode skills = root.putArray("skills");
        for (int a = 0; a <= AREAS; a++) {
            String areaId = a == AREAS ? "radar" : String.format("a%02d", a);
            String phase = "p" + (1 + a % 3);
            ObjectNode group = groups.addObject().put("id", areaId + "-any");
            group.set("name", text("Any of three in " + areaId));
            group.set("description", text("Proficiency in one is enough"));
            ArrayNode members = group.putArray("members");
            for (int s = 0; s < skillsIn(a); s++) {
                String id = skillId(a, s);
                if (s >= 1 && s <= 3) {
                    members.add(id);
                }
                ObjectNode skill = skills.addObject().put("id", id).put("phase", phase).put("area", areaId);
                skill.set("name", text("Skill " + id));
                skill.set("description", text("Generated skill " + id));
                ObjectNode demand = skill.putObject("demand").put("weight", Math.round((0.05 + 0.95 * rnd.nextDouble()) * 100) / 100.0)
                        .put("source", "estimate");
                demand.set("note", text("Generated"));
                ArrayNode prerequisites = skill.putArray("prerequisites");
                if (s % 10 != 0 && s > 3) {
                    prerequisites.add(skillId(a, s - 1));
                }
                ArrayNode resources = skill.putArray("resources");
                if (s % 7 == 0) {
                    resources.add("r1");
                }
            }
        }
        ArrayNode roles = root.putArray("roles");
        String[] roleIds = {"junior", "mid", "senior"};
        for (int r = 0; r < roleIds.length; r++) {
            ObjectNode role = roles.addObject().put("id", roleIds[r]);
            role.set("name", text(roleIds[r]));
            role.put("yearsMin", 3 * r).put("yearsMax", 3 * r + 2).put("salaryMin", 50_000 + 20_000 * r)
                    .put("salaryMax", 70_000 + 20_000 * r).put("currency", "EUR");
            role.set("targetsNote", text("Generated"));
            ObjectNode targets = role.putObject("targets");
            for (int a = 0; a <= AREAS; a++) {
                int groupTarget = 1 + r + rnd.nextInt(2);
                for (int s = 0; s < skillsIn(a); s++) {
                    targets.put(skillId(a, s), s >= 1 && s <= 3 ? groupTarget : Math.min(5, r + rnd.nextInt(3)));
                }
            }
        }
        ObjectNode market = root.putObject("market");
        market.putArray("employers").add("Example GmbH");
        market.set("employersNote", text("Generated"));
        market.putArray("facts").add(text("Generated fact"));
        market.set("languageNote", text("Generated"));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode text(String en) {
        return JSON.createObjectNode().put("en", en).put("de", en + " (de)");
    }
}
