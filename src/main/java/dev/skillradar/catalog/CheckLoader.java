package dev.skillradar.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.skillradar.json.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates the check statements of a format-2 catalogue (README, "Catalogue format"): the same format
 * number and roadmap id as the catalogue, a note in every language, and for every skill of the catalogue and no
 * other, levels "1" to "5", each with 2 or 3 statements of an id (unique across the file) and a text in every
 * language. A problem is a {@link CatalogException} naming the checks file and the JSON pointer.
 */
final class CheckLoader {
    private static final long MAX_CHARS = 8L * 1024 * 1024;
    private static final Set<String> ROOT_FIELDS = Set.of("format", "roadmapId", "note", "skills");

    /** Where a catalogue's checks resource is opened: next to its file, or beside the built-in resource. */
    @FunctionalInterface
    interface Source {
        /** The resource's bytes; null when there is none of that name. */
        InputStream open(String name) throws IOException;
    }

    private final JsonFactory json = StrictJson.factory(MAX_CHARS);

    CheckCatalogue load(Roadmap roadmap, Source source, String name, String fileName) {
        JsonCursor root;
        try (InputStream in = source.open(name)) {
            if (in == null) {
                throw new CatalogException(fileName, "", "file not found (the catalogue names it in /checks)");
            }
            root = new JsonCursor(fileName, "", StrictJson.readTree(json, in));
        } catch (JsonProcessingException e) {
            throw new CatalogException(fileName, "", StrictJson.describe(e));
        } catch (IOException e) {
            throw new CatalogException(fileName, "", "cannot be read (" + e.getMessage() + ")");
        }
        return parse(roadmap, root);
    }

    private static CheckCatalogue parse(Roadmap roadmap, JsonCursor root) {
        root.onlyFields(ROOT_FIELDS);
        JsonCursor format = root.field("format");
        if (format.integer() != roadmap.format()) {
            throw format.fail("the checks are in format " + format.integer() + ", but the catalogue is in format "
                    + roadmap.format());
        }
        JsonCursor roadmapId = root.field("roadmapId");
        if (!roadmapId.text().equals(roadmap.id())) {
            throw roadmapId.fail("the checks are for the roadmap '" + roadmapId.text() + "', not '" + roadmap.id() + "'");
        }
        LocalizedText note = root.field("note").localized();
        JsonCursor skillsNode = root.field("skills");
        Map<String, JsonCursor> bySkill = skillsNode.entries();
        for (Map.Entry<String, JsonCursor> e : bySkill.entrySet()) {
            if (roadmap.skill(e.getKey()).isEmpty()) {
                throw e.getValue().fail("unknown skill '" + e.getKey() + "'");
            }
        }
        List<CheckStatement> statements = new ArrayList<>();
        Map<String, String> placeOfId = new HashMap<>();
        for (Skill skill : roadmap.skills()) {
            JsonCursor levels = bySkill.get(skill.id());
            if (levels == null) {
                throw skillsNode.fail("no statements for the skill '" + skill.id() + "'");
            }
            statements.addAll(skill(skill.id(), levels, placeOfId));
        }
        return new CheckCatalogue(note, statements);
    }

    private static List<CheckStatement> skill(String skillId, JsonCursor levels, Map<String, String> placeOfId) {
        Map<String, JsonCursor> byLevel = levels.entries();
        for (Map.Entry<String, JsonCursor> e : byLevel.entrySet()) {
            if (!e.getKey().matches("[1-5]")) {
                throw e.getValue().fail("'" + e.getKey() + "' is not a level with statements (levels \"1\" to \"5\")");
            }
        }
        List<CheckStatement> out = new ArrayList<>();
        for (int level = CheckCatalogue.FIRST_LEVEL; level <= CheckCatalogue.LAST_LEVEL; level++) {
            JsonCursor list = byLevel.get(String.valueOf(level));
            if (list == null) {
                throw levels.fail("no statements for level " + level);
            }
            List<JsonCursor> items = list.array();
            if (items.size() < CheckCatalogue.MIN_PER_LEVEL || items.size() > CheckCatalogue.MAX_PER_LEVEL) {
                throw list.fail("level " + level + " has " + items.size() + " statements; it needs "
                        + CheckCatalogue.MIN_PER_LEVEL + " or " + CheckCatalogue.MAX_PER_LEVEL);
            }
            for (JsonCursor item : items) {
                item.onlyFields(Set.of("id", "text"));
                JsonCursor idNode = item.field("id");
                String id = idNode.text();
                if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                    throw idNode.fail("'" + id + "' is not a valid id (lower-case letters, digits and single hyphens)");
                }
                String earlier = placeOfId.putIfAbsent(id, idNode.path());
                if (earlier != null) {
                    throw idNode.fail("duplicate statement id '" + id + "' (first at " + earlier + ")");
                }
                out.add(new CheckStatement(id, skillId, level, item.field("text").localized()));
            }
        }
        return out;
    }
}
