package dev.skillradar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The ui.control rule of {@link ArchitectureTest} can fail: run on a fixture control that imports the
 * catalogue, it reports that dependency. (ArchitectureTest itself imports no test classes.)
 */
class ArchitectureRuleFixtureTest {
    @Test
    void aControlThatReadsTheCatalogueIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dev.skillradar.archfixture");
        EvaluationResult result = ArchitectureTest.CONTROLS_STAND_ALONE.evaluate(fixture);
        assertTrue(result.hasViolation(), "the fixture breaks the rule on purpose");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("BadControl") && report.contains("dev.skillradar.catalog.Skill"), report);
    }
}
