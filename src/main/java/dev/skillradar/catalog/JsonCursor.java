package dev.skillradar.catalog;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
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
    /** A value from {@link JsonTree}. */
    private final Object node;

    JsonCursor(String file, String path, Object node) {
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
        Object child = object().get(name);
        if (child == null) {
            throw new CatalogException(file, path(), "missing field '" + name + "'");
        }
        return new JsonCursor(file, path + "/" + pointerToken(name), child);
    }

    boolean has(String name) {
        if (!(node instanceof Map<?, ?> map)) {
            return false;
        }
        Object child = map.get(name);
        return child != null && child != JsonTree.NULL;
    }

    void onlyFields(Set<String> allowed) {
        for (String n : object().keySet()) {
            if (!allowed.contains(n)) {
                throw fail("unknown field '" + n + "'");
            }
        }
    }

    String text() {
        if (!(node instanceof String s) || s.isBlank()) {
            throw fail("expected a non-empty text");
        }
        return s;
    }

    String optionalText(String name) {
        return has(name) ? field(name).text() : null;
    }

    int integer() {
        // Jackson gives an Integer for every whole number that fits, a Long or BigInteger otherwise.
        if (!(node instanceof Integer i)) {
            throw fail("expected a whole number");
        }
        return i;
    }

    Integer optionalInteger(String name) {
        return has(name) ? field(name).integer() : null;
    }

    double number() {
        if (!(node instanceof Integer || node instanceof Long || node instanceof BigInteger || node instanceof Double)) {
            throw fail("expected a number");
        }
        return ((Number) node).doubleValue();
    }

    boolean bool() {
        if (!(node instanceof Boolean b)) {
            throw fail("expected true or false");
        }
        return b;
    }

    List<JsonCursor> array() {
        if (!(node instanceof List<?> list)) {
            throw fail("expected an array");
        }
        List<JsonCursor> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            items.add(new JsonCursor(file, path + "/" + i, list.get(i)));
        }
        return items;
    }

    List<String> textArray() {
        return array().stream().map(JsonCursor::text).toList();
    }

    Map<String, JsonCursor> entries() {
        Map<String, JsonCursor> out = new java.util.LinkedHashMap<>();
        object().forEach((name, value) ->
                out.put(name, new JsonCursor(file, path + "/" + pointerToken(name), value)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object() {
        if (!(node instanceof Map<?, ?>)) {
            throw fail("expected an object");
        }
        return (Map<String, Object>) node;
    }

    /** A field name as a JSON pointer token (RFC 6901): "~" becomes "~0" and "/" becomes "~1". */
    private static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A text in every language: {"en": "...", "de": "..."}; a missing translation is an error. */
    LocalizedText localized() {
        if (!(node instanceof Map<?, ?>)) {
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
