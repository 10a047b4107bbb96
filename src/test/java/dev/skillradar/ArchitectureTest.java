package dev.skillradar;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of STYLE.md, stated as tests so that they survive the next refactor. */
class ArchitectureTest {
    /**
     * A reusable control (ui.control) may use only other controls and the plain-Java chart geometry: no
     * catalogue, no app services, no screen. Shared with {@code ArchitectureRuleFixtureTest}, which shows
     * that it reports a class that breaks it.
     */
    static final ArchRule CONTROLS_STAND_ALONE = noClasses()
            .that().resideInAPackage("..ui.control..")
            .should().dependOnClassesThat(resideInAPackage("dev.skillradar..")
                    .and(not(resideInAnyPackage("..ui.control..", "..chart.."))))
            .as("classes in ..ui.control.. depend on nothing of dev.skillradar.. except ..ui.control.. and ..chart..");

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
                        "..report..", "..json..")
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
    void reusableControlsKnowNothingOfTheApp() {
        CONTROLS_STAND_ALONE.check(classes);
    }

    @Test
    void fxHelpersKnowNothingOfTheApp() {
        noClasses().that().resideInAPackage("..ui.fx..")
                .should().dependOnClassesThat(resideInAPackage("dev.skillradar..").and(not(resideInAPackage("..ui.fx.."))))
                .check(classes);
    }

    @Test
    void viewModelsDoNotTouchTheSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("Texts")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..")
                .check(classes);
    }
}
