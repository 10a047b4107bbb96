package dev.skillradar.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample reports to a folder, to look at them and check them with poppler and qpdf. */
public final class ReportDemo {
    private ReportDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-demo");
        Files.createDirectories(dir);
        PdfTypesetter typesetter = new PdfTypesetter();
        for (SampleReport.Lang lang : SampleReport.Lang.values()) {
            String suffix = lang.name().toLowerCase(java.util.Locale.ROOT);
            typesetter.render(SampleReport.standard(lang)).saveTo(dir.resolve("sample-" + suffix + ".pdf"));
            typesetter.render(SampleReport.large(lang)).saveTo(dir.resolve("large-" + suffix + ".pdf"));
            typesetter.render(SampleReport.everything(lang)).saveTo(dir.resolve("everything-" + suffix + ".pdf"));
        }
        typesetter.render(SampleReport.builder(SampleReport.Lang.EN, PageSetup.usLetter(), false).build())
                .saveTo(dir.resolve("sample-letter.pdf"));
    }
}
