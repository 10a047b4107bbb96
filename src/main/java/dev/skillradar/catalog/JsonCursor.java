package dev.skillradar.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A position in the catalogue document that knows its JSON pointer, so that every validation
 * message can name the place ("/skills/3/phase").
 */
final class JsonCursor {
    private final String file;
    private final String path;
    private final JsonNode node;

    JsonCursor(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    String path() {
        return path.isEmpty() ? "/" : path;
    }

    CatalogException fail(String problem) {
        return new CatalogException(file, path(), problem);
    }

    JsonCursor field(String name) {
        if (!node.isObject()) {
            throw fail("expected an object");
        }
        JsonNode child = node.get(name);
        if (child == null) {
            throw new CatalogException(file, path(), "missing field '" + name + "'");
        }
        return new JsonCursor(file, path + "/" + pointerToken(name), child);
    }

    boolean has(String name) {
        return node.isObject() && node.has(name) && !node.get(name).isNull();
    }

    void onlyFields(Set<String> allowed) {
        if (!node.isObject()) {
            throw fail("expected an object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                throw fail("unknown field '" + n + "'");
            }
        }
    }

    String text() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw fail("expected a non-empty text");
        }
        return node.asText();
    }

    String optionalText(String name) {
        return has(name) ? field(name).text() : null;
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fail("expected a whole number");
        }
        return node.asInt();
    }

    Integer optionalInteger(String name) {
        return has(name) ? field(name).integer() : null;
    }

    double number() {
        if (!node.isNumber()) {
            throw fail("expected a number");
        }
        return node.asDouble();
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw fail("expected true or false");
        }
        return node.asBoolean();
    }

    List<JsonCursor> array() {
        if (!node.isArray()) {
            throw fail("expected an array");
        }
        List<JsonCursor> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(new JsonCursor(file, path + "/" + i, node.get(i)));
        }
        return items;
    }

    List<String> textArray() {
        return array().stream().map(JsonCursor::text).toList();
    }

    Map<String, JsonCursor> entries() {
        if (!node.isObject()) {
            throw fail("expected an object");
        }
        Map<String, JsonCursor> out = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e ->
                out.put(e.getKey(), new JsonCursor(file, path + "/" + pointerToken(e.getKey()), e.getValue())));
        return out;
    }

    /** A field name as a JSON pointer token (RFC 6901): "~" becomes "~0" and "/" becomes "~1". */
    private static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A text in every language: {"en": "...", "de": "..."}; a missing translation is an error. */
    LocalizedText localized() {
        if (!node.isObject()) {
            throw fail("expected a text in every language, e.g. {\"en\": \"...\", \"de\": \"...\"}");
        }
        Map<Language, String> values = new EnumMap<>(Language.class);
        for (var e : entries().entrySet()) {
            Language lang = Language.fromCode(e.getKey())
                    .orElseThrow(() -> fail("unknown language '" + e.getKey() + "'"));
            values.put(lang, e.getValue().text());
        }
        for (Language lang : Language.values()) {
            if (!values.containsKey(lang)) {
                throw fail("missing translation '" + lang.code() + "'");
            }
        }
        return new LocalizedText(values);
    }
}
