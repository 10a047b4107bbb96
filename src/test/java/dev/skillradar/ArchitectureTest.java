package dev.skillradar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of STYLE.md, stated as tests so that they survive the next refactor. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.skillradar");
    }

    @Test
    void theCoreNeverDependsOnAFrontDoorNorOnJavaFx() {
        noClasses().that().resideInAnyPackage("..catalog..", "..assessment..", "..storage..", "..exchange..",
                        "..report..", "..json..", "..chart..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..", "javafx..")
                .check(classes);
    }

    @Test
    void theCommandLineNeverLoadsJavaFxNorTheWindow() {
        noClasses().that().resideInAPackage("..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "javafx..")
                .check(classes);
    }

    @Test
    void sqlStaysInsideStorage() {
        noClasses().that().resideOutsideOfPackage("..storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .check(classes);
    }
}
