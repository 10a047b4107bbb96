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
        assertEquals("100% German enterprise recruiting frequency", fx.row("python").demandText().get());
        assertEquals("Estimate: 45%", fx.row("numpy").demandText().get());
        assertTrue(fx.row("numpy").isDemandEstimate());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Schätzung: 45 %", fx.row("numpy").demandText().get());
    }

    @Test
    void accessibleTextAnnouncesSkillLevelAndTarget() {
        SkillRowViewModel python = fx.row("python");
        var text = python.accessibleText();
        python.rate(3);
        assertEquals("Python: 3 of 5, Independent; target 3", text.get());
        fx.state.messages().languageProperty().set(Language.DE);
        assertEquals("Python: 3 von 5, Selbstständig; Ziel 3", text.get());
    }

    @Test
    void languageIsRatedOnCefrNames() {
        SkillRowViewModel german = fx.row("german");
        german.rate(4);
        assertEquals("B2", german.levelText().get());
        assertEquals("Target: B2", german.targetText().get());
        assertEquals("Target: 3", fx.row("python").targetText().get());
        assertEquals("3 · Independent", levelTextAfter(fx.row("sql"), 3));
    }

    @Test
    void groupsExplainTheirRule() {
        GroupViewModel cloud = fx.row("azure-ml").group();
        assertEquals("Proficiency in at least one is required — scored by your best", cloud.ruleText().get());
        fx.row("azure-ml").rate(2);
        assertEquals("Your best: 2 · Target: 1", cloud.summaryText().get());
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
        return row.levelText().get();
    }
}
