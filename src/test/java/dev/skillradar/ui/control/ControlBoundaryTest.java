package dev.skillradar.ui.control;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The reusable controls know nothing of the app but the chart model: no catalogue, assessment, text or screens,
 * so they can move, be tested and be reused on their own.
 */
class ControlBoundaryTest {
    static ArchRule theControlsDependOnlyOnTheChartModel(String base) {
        return noClasses().that().resideInAPackage(base + ".ui.control..")
                .should().dependOnClassesThat(resideInAPackage(base + "..")
                        .and(not(resideInAnyPackage(base + ".ui.control..", base + ".chart"))))
                .as("classes in " + base + ".ui.control depend on nothing of " + base + " but ui.control and chart");
    }

    @Test
    void theControlsDependOnNothingOfTheAppButTheChartModel() {
        JavaClasses code = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("dev.skillradar.ui.control");
        assertTrue(code.contain(RadarChart.class) && code.contain(TrendChartSkin.class), "the controls were imported");
        theControlsDependOnlyOnTheChartModel("dev.skillradar").check(code);
    }

    @Test
    void theRuleReportsAControlThatReachesIntoTheApp() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        assertTrue(theControlsDependOnlyOnTheChartModel("dev.skillradar").evaluate(offender).hasViolation());
    }

    /** A deliberate violation: a control-package class that uses the app's launcher and the PNG renderer. */
    static final class Offender {
        Object use() {
            return new Object[] {dev.skillradar.Main.class, dev.skillradar.chart.png.Java2dRenderer.class};
        }
    }
}
