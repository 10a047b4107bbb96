package dev.skillradar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The boundaries of STYLE.md, stated as tests so that they survive the next refactor. Each rule is written for a
 * base package, checked on the real code ({@code dev.skillradar}, test classes excluded) and on
 * {@code dev.skillradar.archfixture}, a package of deliberate violations, where it must report the offender:
 * a rule that matches nothing would pass forever.
 */
class ArchitectureTest {
    private static final String BASE = "dev.skillradar";
    private static final String FIXTURE = "dev.skillradar.archfixture";

    /** The core: no JavaFX, no front door. */
    private static final List<String> CORE = List.of("catalog", "assessment", "storage", "exchange", "report", "json",
            "text", "chart", "app");

    private static JavaClasses code;
    private static JavaClasses fixture;

    @BeforeAll
    static void importClasses() {
        code = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages(BASE);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
    }

    private static String[] in(String base, String... packages) {
        return Arrays.stream(packages).map(p -> base + "." + p + "..").toArray(String[]::new);
    }

    static ArchRule theCoreNeverDependsOnAFrontDoorNorOnJavaFx(String b) {
        return noClasses().that().resideInAnyPackage(in(b, CORE.toArray(String[]::new)))
                .should().dependOnClassesThat().resideInAnyPackage(
                        Stream.concat(Stream.of(in(b, "ui", "cli")), Stream.of("javafx..")).toArray(String[]::new));
    }

    static ArchRule theCommandLineNeverLoadsJavaFxNorTheWindow(String b) {
        return noClasses().that().resideInAPackage(b + ".cli..")
                .should().dependOnClassesThat().resideInAnyPackage(b + ".ui..", "javafx..");
    }

    static ArchRule sqlStaysInsideStorage(String b) {
        return noClasses().that().resideInAPackage(b + "..").and().resideOutsideOfPackage(b + ".storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");
    }

    /** ViewModels and the texts they word for their views ("SkillRowTexts") stay off the scene graph. */
    static ArchRule viewModelsDoNotTouchTheSceneGraph(String b) {
        return noClasses().that().resideInAPackage(b + "..")
                .and(DescribedPredicate.describe("are ViewModels or their Texts",
                        (JavaClass c) -> c.getSimpleName().endsWith("ViewModel") || c.getSimpleName().endsWith("Texts")))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..");
    }

    /** A reusable control (ui.control) uses only other controls and the plain-Java chart geometry. */
    static ArchRule reusableControlsKnowNothingOfTheApp(String b) {
        return noClasses().that().resideInAPackage(b + ".ui.control..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(b + "..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(b + ".ui.control..", b + ".chart"))));
    }

    /** The generic FX helpers (ui.fx, ui.fx.startup) know nothing of the app. */
    static ArchRule fxHelpersKnowNothingOfTheApp(String b) {
        return noClasses().that().resideInAPackage(b + ".ui.fx..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(b + "..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(b + ".ui.fx.."))));
    }

    static ArchRule viewModelsGoThroughTheApplicationServices(String b) {
        return noClasses().that().resideInAPackage(b + "..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage(in(b, "storage", "exchange"));
    }

    static ArchRule theDomainKnowsOnlyTheCatalogue(String b) {
        return classes().that().resideInAPackage(b + ".assessment..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(b + ".assessment..", b + ".catalog..", "java..");
    }

    /** Top-level packages (and the root package itself) form no cycle. */
    static ArchRule noPackageCycles(String b) {
        return SlicesRuleDefinition.slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (p.equals(b)) {
                    return SliceIdentifier.of("(root)");
                }
                if (!p.startsWith(b + ".") || (!b.equals(FIXTURE) && p.startsWith(FIXTURE))) {
                    return SliceIdentifier.ignore();
                }
                String rest = p.substring(b.length() + 1);
                return SliceIdentifier.of(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
            }

            @Override
            public String getDescription() {
                return "top-level packages of " + b;
            }
        }).should().beFreeOfCycles();
    }

    /** Each rule with the fixture class that breaks it. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("the core never depends on a front door nor on JavaFX",
                        ArchitectureTest::theCoreNeverDependsOnAFrontDoorNorOnJavaFx, "UsesJavaFx"),
                rule("the command line never loads JavaFX nor the window",
                        ArchitectureTest::theCommandLineNeverLoadsJavaFxNorTheWindow, "FixtureCli"),
                rule("SQL stays inside storage", ArchitectureTest::sqlStaysInsideStorage, "PaintingViewModel"),
                rule("ViewModels do not touch the scene graph",
                        ArchitectureTest::viewModelsDoNotTouchTheSceneGraph, "PaintingViewModel"),
                rule("ViewModels go through the application services, not storage or exchange",
                        ArchitectureTest::viewModelsGoThroughTheApplicationServices, "PaintingViewModel"),
                rule("the domain knows only the catalogue", ArchitectureTest::theDomainKnowsOnlyTheCatalogue,
                        "ScoresFromStorage"),
                rule("reusable controls know nothing of the app but the chart geometry",
                        ArchitectureTest::reusableControlsKnowNothingOfTheApp, "BadControl"),
                rule("FX helpers know nothing of the app", ArchitectureTest::fxHelpersKnowNothingOfTheApp, "BadHelper"),
                rule("ViewModels' texts do not touch the scene graph either",
                        ArchitectureTest::viewModelsDoNotTouchTheSceneGraph, "SkillTexts"),
                rule("no package cycles", ArchitectureTest::noPackageCycles, "RootOptions"));
    }

    private static Arguments rule(String name, Function<String, ArchRule> rule, String offender) {
        return Arguments.of(name, rule, offender);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void holdsForTheCode(String name, Function<String, ArchRule> rule, String offender) {
        rule.apply(BASE).check(code);
    }

    @ParameterizedTest(name = "{0}: reported for the fixture")
    @MethodSource("rules")
    void reportsItsViolation(String name, Function<String, ArchRule> rule, String offender) {
        EvaluationResult result = rule.apply(FIXTURE).evaluate(fixture);
        assertTrue(result.hasViolation(), name + ": the deliberate violation in " + FIXTURE + " was not reported");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(offender), name + ": the report does not name " + offender + ":\n" + report);
    }
}
