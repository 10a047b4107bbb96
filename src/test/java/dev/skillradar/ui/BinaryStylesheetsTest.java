package dev.skillradar.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Every style sheet of the app is on the class path also in JavaFX's binary form (src/build/CssToBinary.java, run
 * by the build), which JavaFX loads instead of the text: each .bss must say exactly what its .css says now, so an
 * edited .css whose .bss was not rebuilt fails here rather than showing yesterday's styles.
 */
class BinaryStylesheetsTest {
    private static final Path SOURCES = Path.of("src/main/resources");

    @Test
    void eachStyleSheetHasAnUpToDateBinaryForm() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sheets = files.filter(p -> p.toString().endsWith(".css")).sorted().toList();
        }
        assertFalse(sheets.isEmpty(), "no style sheets under " + SOURCES);
        for (Path css : sheets) {
            String resource = "/" + SOURCES.relativize(css).toString().replace('\\', '/');
            String binary = resource.substring(0, resource.length() - ".css".length()) + ".bss";
            URL bss = BinaryStylesheetsTest.class.getResource(binary);
            assertNotNull(bss, binary + " is missing: the build writes it (process-classes)");
            Stylesheet text = new CssParser().parse(css.toUri().toURL());
            Stylesheet loaded = Stylesheet.loadBinary(bss);
            assertEquals(text.getRules().size(), loaded.getRules().size(), resource + ": number of rules");
            for (int i = 0; i < text.getRules().size(); i++) {
                // a loaded rule unpacks its declarations on first request; toString alone would show none
                assertEquals(text.getRules().get(i).getSelectors().toString(),
                        loaded.getRules().get(i).getSelectors().toString(), resource + ": selectors of rule " + (i + 1));
                assertEquals(describe(text.getRules().get(i).getDeclarations()),
                        describe(loaded.getRules().get(i).getDeclarations()), resource + ": rule " + (i + 1));
            }
        }
    }

    /** The declarations as text, nested values spelt out (ParsedValue's own toString prints some arrays by identity). */
    private static String describe(List<Declaration> declarations) {
        StringBuilder out = new StringBuilder();
        for (Declaration d : declarations) {
            out.append(d.getProperty()).append(d.isImportant() ? " !important" : "").append(": ");
            value(d.getParsedValue(), out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void value(Object v, StringBuilder out) {
        if (v instanceof ParsedValue<?, ?> p) {
            out.append(p.getConverter() == null ? "" : p.getConverter().getClass().getName()).append('(');
            value(p.getValue(), out);
            out.append(p.isLookup() ? " lookup" : "").append(')');
        } else if (v instanceof Object[] array) {
            out.append('[');
            for (Object o : array) {
                value(o, out);
                out.append(' ');
            }
            out.append(']');
        } else {
            out.append(v);
        }
    }
}
