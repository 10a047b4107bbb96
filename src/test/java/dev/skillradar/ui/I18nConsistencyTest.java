package dev.skillradar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.skillradar.catalog.CatalogLoader;
import dev.skillradar.catalog.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text exists in every language (JabRef's LocalizationConsistencyTest idea): the bundles
 * have the same keys, no empty values, patterns that MessageFormat accepts with the same arguments,
 * every key the code uses is there; and the catalogue has each of its texts in both languages.
 */
class I18nConsistencyTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/skillradar");
    /** Keys passed straight to the message methods: get("key"), text("key", ...), has("key"). */
    private static final Pattern CALL = Pattern.compile("\\b(?:get|text|has)\\(\\s*\"([A-Za-z0-9_.-]+)\"\\s*[,)]");
    /** Any other literal that looks like a key of a section the bundles have (label("dashboard.title") ...). */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Map<String, String> bundle(Language lang) throws IOException {
        String name = "/dev/skillradar/ui/i18n/messages_" + lang.code() + ".properties";
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream(name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put((String) k, (String) v));
            return out;
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Map<String, String> en = bundle(Language.EN);
        Map<String, String> de = bundle(Language.DE);
        assertEquals(en.keySet(), de.keySet(), "keys differ between messages_en and messages_de");
        for (Language l : Language.values()) {
            bundle(l).forEach((k, v) -> assertTrue(!v.isBlank(), l + ": empty value for " + k));
        }
    }

    @Test
    void everyPatternIsValidAndTakesTheSameArgumentsInBothLanguages() throws IOException {
        Map<String, String> en = bundle(Language.EN);
        Map<String, String> de = bundle(Language.DE);
        for (String key : en.keySet()) {
            for (Map<String, String> b : List.of(en, de)) {
                String v = b.get(key);
                new MessageFormat(v); // throws on a broken pattern
                // an ASCII apostrophe would be eaten by MessageFormat in patterns with arguments: use ’
                assertTrue(v.indexOf('\'') < 0, "ASCII apostrophe in " + key + ": " + v);
            }
            assertEquals(arguments(en.get(key)), arguments(de.get(key)), "arguments of " + key);
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = bundle(Language.EN).keySet();
        Set<String> sections = new TreeSet<>();
        keys.forEach(k -> sections.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                if (!f.toString().contains("/ui/") && !f.getFileName().toString().equals("App.java")) {
                    continue;
                }
                for (String key : usedKeys(code, sections)) {
                    found++;
                    if (!keys.contains(key)) {
                        missing.add(SOURCES.relativize(f) + ": " + key);
                    }
                }
            }
        }
        assertTrue(found > 100, "the scan found only " + found + " keys: is the pattern still right?");
        assertEquals(List.of(), missing);
    }

    private static Set<String> usedKeys(String code, Set<String> sections) {
        Set<String> out = new TreeSet<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            out.add(call.group(1));
        }
        Matcher lit = LITERAL.matcher(code);
        while (lit.find()) {
            String s = lit.group(1);
            String section = s.substring(0, s.indexOf('.'));
            if (sections.contains(section) && !s.matches(".*\\.(css|json|properties|png|ttf)$")) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void theCatalogueHasEveryTextInBothLanguages() throws IOException {
        JsonNode root;
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream(CatalogLoader.BUILT_IN)) {
            root = new ObjectMapper().readTree(in);
        }
        List<String> problems = new ArrayList<>();
        int[] texts = {0};
        walk(root, "", problems, texts);
        assertTrue(texts[0] > 100, "only " + texts[0] + " texts found");
        assertEquals(List.of(), problems);
    }

    private static void walk(JsonNode node, String path, List<String> problems, int[] texts) {
        if (node.isObject()) {
            if (node.has("en") || node.has("de")) {
                texts[0]++;
                for (Language l : Language.values()) {
                    JsonNode v = node.get(l.code());
                    if (v == null || !v.isTextual() || v.asText().isBlank()) {
                        problems.add(path + ": no " + l.code() + " text");
                    }
                }
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                walk(e.getValue(), path + "/" + e.getKey(), problems, texts);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, problems, texts);
            }
        }
    }
}
