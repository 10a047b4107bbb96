import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * Build step (pom.xml, process-classes): writes JavaFX's binary form of every style sheet in the compiled classes,
 * {@code x.bss} beside {@code x.css}. JavaFX looks for the .bss of a .css URL first and loads it without parsing
 * (Modena ships the same way): parsing the app's style sheets as text cost the window thread about 45 ms of CPU
 * time before the first frame (README, Start-up). {@code BinaryStylesheetsTest} checks that each .bss says what its
 * .css says. Run as a source file: {@code java -cp <JavaFX jars> src/build/CssToBinary.java target/classes}.
 */
public final class CssToBinary {
    private CssToBinary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CssToBinary CLASSES_FOLDER");
            System.exit(2);
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
            sheets = files.filter(p -> p.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sheets) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
        System.out.println("[css] " + sheets.size() + " style sheets written in binary form");
    }
}
