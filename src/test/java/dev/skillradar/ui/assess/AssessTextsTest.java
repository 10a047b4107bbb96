package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.catalog.Language;
import java.util.Properties;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The words the rows show, in English and German (needs the assess.* keys in the i18n bundles). */
class AssessTextsTest {
    private final AssessFixture fx = AssessFixture.manual();

    @Test
    void demandShowsItsSource() {
        assertEquals("100% German enterprise recruiting frequency", fx.row("python").texts().demandProperty().get());
        assertEquals("Estimate: 45%", fx.row("numpy").texts().demandProperty().get());
        assertTrue(fx.row("numpy").isDemandEstimate());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Schätzung: 45 %", fx.row("numpy").texts().demandProperty().get());
    }

    @Test
    void accessibleTextAnnouncesSkillLevelAndTarget() {
        SkillRowViewModel python = fx.row("python");
        var text = python.texts().accessibleProperty();
        python.rate(3);
        assertEquals("Python: 3 of 5, Independent; target 3", text.get());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Python: 3 von 5, Selbstständig; Ziel 3", text.get());
    }

    @Test
    void languageIsRatedOnCefrNames() {
        SkillRowViewModel german = fx.row("german");
        german.rate(4);
        assertEquals("B2", german.texts().levelProperty().get());
        assertEquals("Target: B2", german.texts().targetProperty().get());
        assertEquals("Target: 3", fx.row("python").texts().targetProperty().get());
        assertEquals("3 · Independent", levelTextAfter(fx.row("sql"), 3));
    }

    @Test
    void groupsExplainTheirRule() {
        GroupViewModel cloud = fx.row("azure-ml").group();
        assertEquals("Proficiency in at least one is required — scored by your best", cloud.ruleProperty().get());
        fx.row("azure-ml").rate(2);
        assertEquals("Your best: 2 · Target: 1", cloud.summaryProperty().get());
    }

    @Test
    void anUnratedSkillReadsNotRatedAndARatingOfZeroReadsNoExposure() {
        SkillRowViewModel python = fx.row("python");
        var level = python.texts().levelProperty();
        var spoken = python.texts().accessibleProperty();
        assertEquals("Not rated", level.get());
        assertEquals("Python: not rated; target 3", spoken.get());
        assertTrue(python.unratedProperty().get());
        assertEquals(0, python.unitLevel(), "for readiness and gaps it still counts as 0");
        assertTrue(python.isGap());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Nicht bewertet", level.get());
        assertEquals("Python: nicht bewertet; Ziel 3", spoken.get());
        fx.state.messages().languageProperty().set(Language.EN);
        fx.stored("python", 0);
        assertEquals("0 · No exposure", level.get());
        assertEquals("Python: 0 of 5, No exposure; target 3", spoken.get());
        assertFalse(python.unratedProperty().get());
        assertEquals("German: not rated; target B2", fx.row("german").texts().accessibleProperty().get());
        assertTrue(python.allLevelTexts().contains("Not rated"), "room is kept for it");
    }

    @Test
    void aGroupSaysNotRatedUntilOneOfItsMembersIsRated() {
        GroupViewModel cloud = fx.row("azure-ml").group();
        var summary = cloud.summaryProperty();
        assertEquals("Your best: not rated · Target: 1", summary.get());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Ihr bester Wert: nicht bewertet · Ziel: 1", summary.get());
        fx.state.messages().languageProperty().set(Language.EN);
        fx.stored("azure-ml", 0);
        assertEquals("Your best: 0 · Target: 1", summary.get());
        fx.state.roleProperty().set(null);
        assertEquals("Your best: 0", summary.get());
        fx.state.ratings().remove("azure-ml");
        assertEquals("Your best: not rated", summary.get());
    }

    @Test
    void theHeaderCountsRatedSkills() {
        AssessViewModel vm = fx.vm;
        var rated = vm.ratedTextProperty();
        var shown = vm.shownTextProperty();
        assertEquals("0 of 33 rated", rated.get());
        assertEquals("", shown.get(), "nothing to say while every skill is shown");
        fx.stored("python", 0);
        fx.stored("sql", 3);
        assertEquals("2 of 33 rated", rated.get());
        vm.searchProperty().set("pandas");
        assertEquals("Showing 1 of 33 skills", shown.get());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("2 von 33 bewertet", rated.get());
        assertEquals("1 von 33 Kompetenzen", shown.get());
        fx.row("numpy").rate(1);
        fx.writer.commitAll();
        assertEquals(3, vm.ratedCountProperty().get());
        fx.state.ratings().remove("numpy"); // a restore without it
        assertEquals("2 von 33 bewertet", rated.get());
    }

    @Test
    void everyAssessKeyExistsInBothLanguagesAndIsUsed() throws Exception {
        for (Language lang : Language.values()) {
            var bundle = dev.skillradar.ui.common.Messages.bundle(lang);
            Properties mine = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/dev/skillradar/ui/i18n/messages_" + lang.code() + ".properties")) {
                mine.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            long assessKeys = mine.stringPropertyNames().stream().filter(k -> k.startsWith("assess.")).count();
            assertTrue(assessKeys >= 60, lang + " has " + assessKeys + " assess.* keys");
            assertFalse(bundle.getString("assess.optional").isBlank());
        }
    }

    private static String levelTextAfter(SkillRowViewModel row, int level) {
        row.rate(level);
        return row.texts().levelProperty().get();
    }
}
