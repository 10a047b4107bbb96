package dev.skillradar;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every text of every bundle (core, window, command line) exists in every language (JabRef's LocalizationConsistencyTest idea): the bundles
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

    /** Every bundle family: the core text layer, the window's labels, the command line's labels. */
    enum Family {
        CORE("/dev/skillradar/text/texts", null),
        UI("/dev/skillradar/ui/i18n/messages", "/ui/"),
        CLI("/dev/skillradar/cli/texts", "/cli/");

        final String path;
        /** Code under this folder looks its keys up in this family first (then in the core). */
        final String folder;

        Family(String path, String folder) {
            this.path = path;
            this.folder = folder;
        }
    }

    static Map<String, String> bundle(Family family, Language lang) throws IOException {
        String name = family.path + "_" + lang.code() + ".properties";
        try (InputStream in = I18nConsistencyTest.class.getResourceAsStream(name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            Map<String, String> out = new TreeMap<>();
            p.forEach((k, v) -> out.put((String) k, (String) v));
            return out;
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void bothLanguagesHaveTheSameKeysAndNoEmptyValues(Family family) throws IOException {
        Map<String, String> en = bundle(family, Language.EN);
        Map<String, String> de = bundle(family, Language.DE);
        assertEquals(en.keySet(), de.keySet(), "keys differ between the English and German " + family + " bundles");
        for (Language l : Language.values()) {
            bundle(family, l).forEach((k, v) -> assertTrue(!v.isBlank(), family + " " + l + ": empty value for " + k));
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void everyPatternIsValidAndTakesTheSameArgumentsInBothLanguages(Family family) throws IOException {
        Map<String, String> en = bundle(family, Language.EN);
        Map<String, String> de = bundle(family, Language.DE);
        for (String key : en.keySet()) {
            for (Map<String, String> b : List.of(en, de)) {
                String v = b.get(key);
                new MessageFormat(v); // throws on a broken pattern
                // a single ASCII apostrophe is swallowed by MessageFormat: write ’ (or '' where a script needs ')
                assertTrue(v.replace("''", "").indexOf('\'') < 0, "single ASCII apostrophe in " + key + ": " + v);
            }
            assertEquals(arguments(en.get(key)), arguments(de.get(key)), "arguments of " + key);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Family.class, names = {"UI", "CLI"})
    void aFrontDoorNeverRewordsACoreKey(Family family) throws IOException {
        Set<String> shadowed = new TreeSet<>(bundle(family, Language.EN).keySet());
        shadowed.retainAll(bundle(Family.CORE, Language.EN).keySet());
        assertEquals(Set.of(), shadowed, family + " bundle repeats core keys: a fact is worded in one place");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The keys code in {@code file} may use: its front door's bundle (window or command line) and the core. */
    private static Set<String> visibleKeys(Path file, Map<Family, Set<String>> keys) {
        Set<String> visible = new TreeSet<>(keys.get(Family.CORE));
        String f = file.toString().replace('\\', '/');
        for (Family family : Family.values()) {
            if (family.folder != null && f.contains(family.folder)) {
                visible.addAll(keys.get(family));
            }
        }
        if (file.getFileName().toString().equals("App.java")) {
            visible.addAll(keys.get(Family.UI));
        }
        return visible;
    }

    /** Code that words things for people: the front doors and the core producers of text, reports and charts. */
    private static boolean wordsForPeople(Path file) {
        String f = SOURCES.relativize(file).toString().replace('\\', '/');
        // report/pdf is the typesetting engine: it words nothing (its Canvas.text("a", ...) is not a key)
        return f.startsWith("ui/") || f.startsWith("cli/") || f.startsWith("text/")
                || (f.startsWith("report/") && !f.startsWith("report/pdf/"))
                || f.startsWith("chart/") || f.startsWith("app/") || f.equals("App.java");
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Map<Family, Set<String>> keys = new java.util.EnumMap<>(Family.class);
        Set<String> sections = new TreeSet<>();
        for (Family family : Family.values()) {
            keys.put(family, bundle(family, Language.EN).keySet());
            keys.get(family).forEach(k -> sections.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        }
        List<String> missing = new ArrayList<>();
        Map<Family, Integer> found = new java.util.EnumMap<>(Family.class);
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!wordsForPeople(f)) {
                    continue;
                }
                String code = Files.readString(f);
                Set<String> visible = visibleKeys(f, keys);
                for (String key : usedKeys(code, sections)) {
                    for (Family family : Family.values()) {
                        if (keys.get(family).contains(key)) {
                            found.merge(family, 1, Integer::sum);
                        }
                    }
                    if (!visible.contains(key)) {
                        missing.add(SOURCES.relativize(f) + ": " + key);
                    }
                }
            }
        }
        for (Family family : Family.values()) {
            assertTrue(found.getOrDefault(family, 0) > 10,
                    "the scan found only " + found.get(family) + " " + family + " keys: is the pattern still right?");
        }
        assertEquals(List.of(), missing);
    }

    private static Set<String> usedKeys(String code, Set<String> sections) {
        Set<String> out = new TreeSet<>();
        Matcher call = CALL.matcher(code);
        while (call.find()) {
            if (!call.group(1).startsWith("-")) { // command-line options: args.has("--replace")
                out.add(call.group(1));
            }
        }
        Matcher lit = LITERAL.matcher(code);
        while (lit.find()) {
            String s = lit.group(1);
            String section = s.substring(0, s.indexOf('.'));
            if (sections.contains(section) && !s.matches(".*\\.(css|json|properties|png|ttf)$")
                    && !s.startsWith("dev.")) {
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
