package dev.skillradar.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chart's own boundaries: geometry without any toolkit, renderers that know only the geometry. */
class ChartBoundaryTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.skillradar.chart");
    }

    @Test
    void theLayoutUsesNoDrawingToolkit() {
        noClasses().that().resideInAPackage("dev.skillradar.chart")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javafx..",
                        "org.apache.pdfbox.pdmodel..")
                .check(classes);
    }

    @Test
    void theRenderersDependOnlyOnTheChartModelOfTheApp() {
        noClasses().that().resideInAPackage("dev.skillradar.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.skillradar.catalog..",
                        "dev.skillradar.assessment..", "dev.skillradar.storage..", "dev.skillradar.exchange..",
                        "dev.skillradar.ui..", "dev.skillradar.cli..", "dev.skillradar.json..", "dev.skillradar.report..")
                .check(classes);
    }
}
