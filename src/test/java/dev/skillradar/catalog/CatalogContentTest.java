package dev.skillradar.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the built-in catalogue against the article it is built from. The expected items below are
 * written out by hand from the article (/work/shared/seed/ml-engineer-roadmap-2026.txt); they are
 * deliberately not derived from the catalogue, so that a lost or altered item fails here.
 */
class CatalogContentTest {

    /** Every skill or tool the article names: id, phase (empty = none), area, a word of the English name. */
    private static final String[][] ARTICLE_SKILLS = {
            {"python", "foundation", "python-data", "Python"},
            {"numpy", "foundation", "python-data", "NumPy"},
            {"pandas", "foundation", "python-data", "Pandas"},
            {"matplotlib", "foundation", "python-data", "Matplotlib"},
            {"linear-algebra", "foundation", "math", "Linear algebra"},
            {"probability-statistics", "foundation", "math", "Probability"},
            {"calculus", "foundation", "math", "Calculus"},
            {"sql", "foundation", "sql", "SQL"},
            {"linear-regression", "core-ml", "classical-ml", "Linear regression"},
            {"logistic-regression", "core-ml", "classical-ml", "Logistic regression"},
            {"decision-trees", "core-ml", "classical-ml", "Decision tree"},
            {"random-forests", "core-ml", "classical-ml", "Random forest"},
            {"gradient-boosting", "core-ml", "classical-ml", "Gradient boosting"},
            {"scikit-learn", "core-ml", "classical-ml", "scikit-learn"},
            {"neural-networks", "core-ml", "deep-learning", "Neural network"},
            {"cnn", "core-ml", "deep-learning", "CNN"},
            {"rnn", "core-ml", "deep-learning", "RNN"},
            {"transformer", "core-ml", "deep-learning", "Transformer"},
            {"pytorch", "core-ml", "deep-learning", "PyTorch"},
            {"tensorflow", "core-ml", "deep-learning", "TensorFlow"},
            {"feature-engineering", "core-ml", "feature-engineering", "Feature engineering"},
            {"mlflow", "engineering", "mlops", "MLflow"},
            {"dvc", "engineering", "mlops", "DVC"},
            {"docker", "engineering", "mlops", "Docker"},
            {"kubernetes", "engineering", "mlops", "Kubernetes"},
            {"aws-sagemaker", "engineering", "cloud", "SageMaker"},
            {"google-vertex-ai", "engineering", "cloud", "Vertex AI"},
            {"azure-ml", "engineering", "cloud", "Azure ML"},
            {"langchain", "engineering", "llm", "LangChain"},
            {"rag", "engineering", "llm", "RAG"},
            {"fine-tuning", "engineering", "llm", "Fine-tuning"},
            {"hugging-face-transformers", "engineering", "llm", "Hugging Face"},
            {"german", "", "language", "German"},
    };

    /** The article's "highest demand tech stack" with its German enterprise recruiting frequency. */
    private static final Map<String, Integer> ARTICLE_DEMAND_PERCENT = Map.of(
            "python", 100, "pytorch", 85, "tensorflow", 85, "sql", 80, "docker", 75, "kubernetes", 60, "mlflow", 55);

    /** Skills the article stresses strongly enough that an estimate may reach the article's lowest figure (55%). */
    private static final Set<String> STRONGLY_EMPHASISED = Set.of(
            "linear-regression", "logistic-regression", "decision-trees", "random-forests", "gradient-boosting",
            "scikit-learn", "feature-engineering", "transformer",
            "langchain", "rag", "fine-tuning", "hugging-face-transformers");

    private static final List<String> CLASSICAL_ML = List.of(
            "linear-regression", "logistic-regression", "decision-trees", "random-forests", "gradient-boosting",
            "scikit-learn");
    private static final List<String> MATH = List.of("linear-algebra", "probability-statistics", "calculus");
    private static final List<String> MLOPS = List.of("mlflow", "dvc", "docker", "kubernetes");
    private static final List<String> CLOUD = List.of("aws-sagemaker", "google-vertex-ai", "azure-ml");
    private static final List<String> LLM = List.of("langchain", "rag", "fine-tuning", "hugging-face-transformers");

    private static Roadmap roadmap;

    @BeforeAll
    static void loadBuiltIn() {
        roadmap = new CatalogLoader().loadBuiltIn();
    }

    private static Skill skill(String id) {
        return roadmap.skill(id).orElseThrow(() -> new AssertionError("missing skill '" + id + "'"));
    }

    private static Role role(String id) {
        return roadmap.role(id).orElseThrow(() -> new AssertionError("missing role '" + id + "'"));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static void assertContains(String text, String expected, String what) {
        assertTrue(lower(text).contains(lower(expected)), what + " should contain \"" + expected + "\" but is: " + text);
    }

    // ---------------------------------------------------------------- identity and source

    @Test
    void catalogueIdentityAndCitation() {
        assertEquals("ml-engineer-germany-2026", roadmap.id());
        assertContains(roadmap.title().en(), "ML Engineer", "title");
        assertContains(roadmap.title().en(), "Germany", "title");
        assertContains(roadmap.title().get(Language.DE), "Deutschland", "German title");
        assertContains(roadmap.source().citation().en(),
                "2026 article on the Machine Learning Engineer learning path in Germany that SkillRadar is based on",
                "citation");
        assertContains(roadmap.source().citation().get(Language.DE), "Artikel", "German citation");
        assertContains(roadmap.source().citation().get(Language.DE), "Machine Learning Engineer", "German citation");
        assertContains(roadmap.source().citation().get(Language.DE), "SkillRadar", "German citation");
        assertContains(roadmap.source().estimatesNote().en(), "estimate", "estimates note");
        assertContains(roadmap.source().estimatesNote().get(Language.DE), "Schätzung", "German estimates note");
    }

    @Test
    void introFramesTheArticlesQuestions() {
        String intro = roadmap.intro().en();
        assertContains(intro, "highest-demand tech jobs in 2026", "intro");
        assertContains(intro, "math or Python first", "intro");
        assertContains(intro, "deep learning or traditional ML", "intro");
        assertContains(intro, "phased", "intro");
        assertContains(roadmap.intro().get(Language.DE), "Mathematik oder Python", "German intro");
    }

    // ---------------------------------------------------------------- phases and areas

    @ParameterizedTest(name = "phase {1} {0}: {3}–{4} months")
    @CsvSource({
            "foundation,  1, 'Phase 1: Foundation Building',     3,  6, Python",
            "core-ml,     2, 'Phase 2: Core ML Skills',           6, 12, Transformer",
            "engineering, 3, 'Phase 3: Engineering Capabilities', 6, 12, MLOps",
    })
    void phases(String id, int position, String name, int monthsMin, int monthsMax, String focusWord) {
        Phase phase = roadmap.phase(id).orElseThrow();
        assertEquals(id, roadmap.phases().get(position - 1).id(), "phase order");
        assertEquals(name, phase.name().en());
        assertEquals(monthsMin, phase.monthsMin());
        assertEquals(monthsMax, phase.monthsMax());
        assertContains(phase.focus().en(), focusWord, "focus of " + id);
        assertContains(phase.name().get(Language.DE), "Phase " + position, "German phase name");
    }

    @Test
    void exactlyTheArticlesThreePhases() {
        assertEquals(List.of("foundation", "core-ml", "engineering"),
                roadmap.phases().stream().map(Phase::id).toList());
    }

    @ParameterizedTest(name = "area {0}")
    @CsvSource({
            "python-data,         Python",
            "math,                Mathematics",
            "sql,                 SQL",
            "classical-ml,        Classical ML",
            "deep-learning,       Deep learning",
            "feature-engineering, Feature engineering",
            "mlops,               MLOps",
            "cloud,               Cloud",
            "llm,                 LLM",
            "language,            Language",
    })
    void areas(String id, String nameWord) {
        Area area = roadmap.area(id).orElseThrow(() -> new AssertionError("missing area " + id));
        assertContains(area.name().en(), nameWord, "name of area " + id);
        assertFalse(roadmap.skillsInArea(id).isEmpty(), "area " + id + " has skills");
    }

    @Test
    void everyAreaIsOneOfTheExpected() {
        assertEquals(Set.of("python-data", "math", "sql", "classical-ml", "deep-learning", "feature-engineering",
                "mlops", "cloud", "llm", "language"), roadmap.areas().stream().map(Area::id).collect(Collectors.toSet()));
    }

    // ---------------------------------------------------------------- skills

    static Stream<Arguments> articleSkills() {
        return Arrays.stream(ARTICLE_SKILLS).map(row -> Arguments.of((Object[]) row));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleSkills")
    void articleSkillIsInTheCatalogue(String id, String phase, String area, String nameWord) {
        Skill s = skill(id);
        assertContains(s.name().en(), nameWord, "English name of " + id);
        assertEquals(phase.isEmpty() ? null : phase, s.phaseId(), "phase of " + id);
        assertEquals(area, s.areaId(), "area of " + id);
    }

    @Test
    void noSkillsBeyondTheArticle() {
        Set<String> expected = Arrays.stream(ARTICLE_SKILLS).map(r -> r[0]).collect(Collectors.toSet());
        Set<String> actual = roadmap.skills().stream().map(Skill::id).collect(Collectors.toSet());
        assertEquals(expected, actual);
    }

    @Test
    void germanIsOptionalOnTheCefrScaleOutsideThePhases() {
        Skill german = skill("german");
        assertTrue(german.optional());
        assertEquals(Scale.CEFR, german.scale());
        assertNull(german.phaseId());
        assertTrue(german.demand().isEstimate());
        for (Skill s : roadmap.skills()) {
            if (!s.id().equals("german")) {
                assertFalse(s.optional(), s.id() + " is not optional");
                assertEquals(Scale.PROFICIENCY, s.scale(), s.id() + " uses the proficiency scale");
            }
        }
        assertContains(german.description().en(), "not a required condition", "German description");
        assertContains(german.description().en(), "B2", "German description");
    }

    // ---------------------------------------------------------------- demand

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "python,     1.00, 100",
            "pytorch,    0.85,  85",
            "tensorflow, 0.85,  85",
            "sql,        0.80,  80",
            "docker,     0.75,  75",
            "kubernetes, 0.60,  60",
            "mlflow,     0.55,  55",
    })
    void demandFiguresFromTheArticle(String id, double weight, int percent) {
        Demand d = skill(id).demand();
        assertEquals(weight, d.weight(), 1e-9);
        assertEquals(DemandSource.ARTICLE, d.source());
        assertEquals(percent, d.percent());
        assertContains(d.note().en(), "German enterprise recruiting frequency: " + percent + "%", "note of " + id);
        assertContains(d.note().get(Language.DE), "Rekrutierungshäufigkeit in deutschen Unternehmen: " + percent + " %",
                "German note of " + id);
    }

    @Test
    void pytorchAndTensorflowNotesSayTheFigureIsShared() {
        for (String id : List.of("pytorch", "tensorflow")) {
            assertContains(skill(id).demand().note().en(), "PyTorch/TensorFlow together", "note of " + id);
        }
    }

    @Test
    void everyOtherDemandIsAMarkedEstimate() {
        for (Skill s : roadmap.skills()) {
            if (ARTICLE_DEMAND_PERCENT.containsKey(s.id())) {
                continue;
            }
            Demand d = s.demand();
            assertAll(s.id(),
                    () -> assertEquals(DemandSource.ESTIMATE, d.source()),
                    () -> assertTrue(d.weight() >= 0 && d.weight() <= 1),
                    () -> assertContains(d.note().en(), "SkillRadar's estimate", "note"),
                    () -> assertContains(d.note().en(), "the article gives no figure", "note"),
                    () -> assertContains(d.note().get(Language.DE), "Schätzung von SkillRadar", "German note"),
                    () -> assertTrue(d.note().en().length() > "SkillRadar's estimate (the article gives no figure): ".length() + 20,
                            "the note gives a reason"),
                    () -> assertTrue(d.weight() <= 0.7, "estimates stay at or below 0.7"),
                    () -> assertTrue(d.weight() < 0.55 || STRONGLY_EMPHASISED.contains(s.id()),
                            "only skills the article stresses may reach its lowest figure"));
        }
    }

    @Test
    void noEstimateOutranksAnArticleFigure() {
        double lowestArticle = roadmap.skills().stream().filter(s -> !s.demand().isEstimate())
                .mapToDouble(s -> s.demand().weight()).min().orElseThrow();
        double highestEstimate = roadmap.skills().stream().filter(s -> s.demand().isEstimate())
                .mapToDouble(s -> s.demand().weight()).max().orElseThrow();
        assertTrue(highestEstimate < roadmap.skill("sql").orElseThrow().demand().weight(),
                "no estimate reaches the well-documented figures");
        assertEquals(0.55, lowestArticle, 1e-9);
    }

    // ---------------------------------------------------------------- emphases in descriptions

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "python                    | no need for systematic",
            "python                    | data processing",
            "numpy                     | vector and matrix operations",
            "pandas                    | data cleaning and analysis",
            "matplotlib                | data visualization",
            "linear-algebra            | matrices",
            "linear-algebra            | vectors",
            "linear-algebra            | eigenvalues",
            "linear-algebra            | neural network weight operations",
            "probability-statistics    | Bayes",
            "probability-statistics    | normal distribution",
            "probability-statistics    | hypothesis testing",
            "calculus                  | derivatives",
            "calculus                  | gradients",
            "calculus                  | backpropagation",
            "sql                       | 80% of their time handling data",
            "sql                       | must-have data query tool",
            "linear-regression         | must-know for interviews",
            "linear-regression         | far more frequently than deep learning in business",
            "logistic-regression       | must-know for interviews",
            "decision-trees            | must-know for interviews",
            "random-forests            | must-know for interviews",
            "gradient-boosting         | must-know for interviews",
            "gradient-boosting         | XGBoost",
            "gradient-boosting         | LightGBM",
            "scikit-learn              | the standard library",
            "neural-networks           | fully connected",
            "transformer               | Key focus",
            "transformer               | foundation for understanding modern LLMs",
            "pytorch                   | simple",
            "pytorch                   | PyTorch or TensorFlow",
            "tensorflow                | PyTorch or TensorFlow",
            "feature-engineering       | most core competencies",
            "feature-engineering       | valuable features from raw data",
            "feature-engineering       | more impact than switching to a more complex model",
            "mlflow                    | experiment tracking",
            "mlflow                    | deployed, monitored and iterated",
            "mlflow                    | core distinction between ML engineers and data scientists",
            "dvc                       | data version control",
            "docker                    | model deployment",
            "kubernetes                | model deployment",
            "aws-sagemaker             | most commonly used by German enterprises",
            "aws-sagemaker             | at least one",
            "google-vertex-ai          | most commonly used by German enterprises",
            "azure-ml                  | most commonly used by German enterprises",
            "langchain                 | a required skill for ML engineers, not a bonus",
            "rag                       | a required skill for ML engineers, not a bonus",
            "fine-tuning               | a required skill for ML engineers, not a bonus",
            "hugging-face-transformers | a required skill for ML engineers, not a bonus",
            "hugging-face-transformers | the preferred starting point",
            "german                    | Siemens",
    })
    void skillDescriptionsCarryTheArticlesEmphases(String id, String phrase) {
        assertContains(skill(id).description().en(), phrase, "description of " + id);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "linear-algebra         | Eigenwerte",
            "probability-statistics | Satz von Bayes",
            "probability-statistics | Normalverteilung",
            "probability-statistics | Hypothesentests",
            "calculus               | Ableitungen",
            "calculus               | Backpropagation",
            "sql                    | 80 %",
            "linear-regression      | Vorstellungsgespräche",
            "transformer            | Schwerpunkt",
            "feature-engineering    | komplexeren Modell",
            "mlflow                 | bereitgestellt, überwacht und weiterentwickelt",
            "rag                    | kein Bonus",
            "aws-sagemaker          | mindestens einer",
    })
    void germanDescriptionsCarryTheEmphasesToo(String id, String phrase) {
        assertContains(skill(id).description().get(Language.DE), phrase, "German description of " + id);
    }

    @ParameterizedTest(name = "area {0}: \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "math         | not complete university-level higher mathematics",
            "classical-ml | must-know for interviews",
            "mlops        | deployed, monitored and iterated",
            "mlops        | core distinction between ML engineers and data scientists",
            "cloud        | at least one",
            "llm          | not a bonus",
            "sql          | 80%",
    })
    void areaDescriptionsCarryTheArticlesEmphases(String id, String phrase) {
        assertContains(roadmap.area(id).orElseThrow().description().en(), phrase, "description of area " + id);
    }

    @Test
    void descriptionsAreShortAndOpenWithASummarySentence() {
        Pattern sentenceEnd = Pattern.compile("[.!?](\\s|$)");
        for (Skill s : roadmap.skills()) {
            for (Language lang : Language.values()) {
                String d = s.description().get(lang);
                long sentences = sentenceEnd.matcher(d).results().count();
                assertTrue(sentences >= 1 && sentences <= 2, s.id() + " (" + lang + ") has one or two sentences: " + d);
                assertTrue(d.trim().endsWith("."), s.id() + " (" + lang + ") ends with a full stop");
            }
        }
    }

    // ---------------------------------------------------------------- groups

    @Test
    void anyOfGroups() {
        assertEquals(Set.of("dl-framework", "cloud-platform"),
                roadmap.groups().stream().map(SkillGroup::id).collect(Collectors.toSet()));
        SkillGroup dl = roadmap.group("dl-framework").orElseThrow();
        assertEquals(List.of("pytorch", "tensorflow"), dl.memberIds());
        assertEquals("PyTorch or TensorFlow", dl.name().en());
        assertContains(dl.description().en(), "simple models in PyTorch or TensorFlow", "dl-framework description");
        SkillGroup cloud = roadmap.group("cloud-platform").orElseThrow();
        assertEquals(List.of("aws-sagemaker", "google-vertex-ai", "azure-ml"), cloud.memberIds());
        assertContains(cloud.description().en(), "proficiency in at least one is required", "cloud-platform description");
        for (String id : List.of("pytorch", "tensorflow")) {
            assertEquals("dl-framework", skill(id).groupId());
        }
        for (String id : CLOUD) {
            assertEquals("cloud-platform", skill(id).groupId());
        }
        assertEquals(5, roadmap.skills().stream().filter(s -> s.groupId() != null).count());
    }

    // ---------------------------------------------------------------- prerequisites

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource({
            "numpy,                     python",
            "pandas,                    python",
            "matplotlib,                python",
            "neural-networks,           linear-algebra",
            "neural-networks,           calculus",
            "cnn,                       neural-networks",
            "rnn,                       neural-networks",
            "transformer,               neural-networks",
            "pytorch,                   python",
            "pytorch,                   neural-networks",
            "tensorflow,                python",
            "tensorflow,                neural-networks",
            "linear-regression,         probability-statistics",
            "decision-trees,            probability-statistics",
            "scikit-learn,              python",
            "kubernetes,                docker",
            "fine-tuning,               transformer",
            "rag,                       python",
            "langchain,                 python",
            "hugging-face-transformers, python",
    })
    void prerequisites(String id, String prerequisite) {
        assertTrue(skill(id).prerequisites().contains(prerequisite),
                id + " should need " + prerequisite + " but needs " + skill(id).prerequisites());
    }

    @Test
    void prerequisitesStayWithinOrBeforeTheSkillsPhase() {
        List<String> order = roadmap.phases().stream().map(Phase::id).toList();
        for (Skill s : roadmap.skills()) {
            for (String p : s.prerequisites()) {
                Skill pre = skill(p);
                assertNotNull(s.phaseId(), s.id() + " has prerequisites, so it belongs to a phase");
                assertTrue(order.indexOf(pre.phaseId()) <= order.indexOf(s.phaseId()),
                        s.id() + " needs " + p + " from a later phase");
            }
        }
    }

    // ---------------------------------------------------------------- resources

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fast-ai              | Fast.ai                | practice-oriented, suitable for non-computer-science backgrounds | https://course.fast.ai/                   | python numpy pandas matplotlib",
            "3blue1brown          | 3Blue1Brown            | intuitive explanations, easier than textbooks                    | https://www.3blue1brown.com/              | linear-algebra probability-statistics calculus",
            "mode-sql             | Mode SQL Tutorial      | free hands-on practice platform                                  | https://mode.com/sql-tutorial/            | sql",
            "scikit-learn-library | scikit-learn           | standard library for classical ML                                | https://scikit-learn.org/                 | linear-regression logistic-regression decision-trees random-forests gradient-boosting scikit-learn",
            "kaggle               | Kaggle competitions    | best platform for practising feature engineering                 | https://www.kaggle.com/competitions       | feature-engineering",
            "hugging-face-library | Hugging Face Transformers library | preferred starting point                              | https://huggingface.co/docs/transformers  | langchain rag fine-tuning hugging-face-transformers",
    })
    void recommendedResources(String id, String nameWord, String notePhrase, String url, String skills) {
        Resource r = roadmap.resource(id).orElseThrow(() -> new AssertionError("missing resource " + id));
        assertContains(r.name().en(), nameWord, "name of " + id);
        assertContains(r.note().en(), notePhrase, "note of " + id);
        assertEquals(url, r.url());
        assertTrue(r.urlIsAppAddition(), "the article names no addresses; " + id + "'s url is the app's");
        for (String skillId : skills.split(" ")) {
            assertTrue(skill(skillId).resourceIds().contains(id), skillId + " should recommend " + id);
        }
    }

    @Test
    void fastAiIsFreeAndThereAreExactlySixResources() {
        assertContains(roadmap.resource("fast-ai").orElseThrow().note().en(), "free", "fast-ai note");
        assertEquals(6, roadmap.resources().size());
    }

    // ---------------------------------------------------------------- scales

    @Test
    void proficiencyScaleDescribesBehaviour() {
        List<String> names = List.of("No exposure", "Aware", "Guided", "Independent", "Proficient", "Expert");
        List<String> behaviour = List.of("never used", "tutorial", "documentation", "unaided", "design decisions", "teach");
        List<Level> levels = roadmap.levels(Scale.PROFICIENCY);
        assertEquals(6, levels.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(i, levels.get(i).value());
            assertEquals(names.get(i), levels.get(i).name().en());
            assertContains(levels.get(i).description().en(), behaviour.get(i), "level " + i);
        }
    }

    @Test
    void cefrScale() {
        List<String> names = List.of("None", "A1", "A2", "B1", "B2", "C1");
        List<Level> levels = roadmap.levels(Scale.CEFR);
        assertEquals(6, levels.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(i, levels.get(i).value());
            assertContains(levels.get(i).name().en(), names.get(i), "CEFR level " + i);
        }
    }

    // ---------------------------------------------------------------- roles

    @ParameterizedTest(name = "{0}: {2}–{3} years, {4}–{5} EUR")
    @CsvSource({
            "junior, Junior ML Engineer,    0, 2,      55000,  75000",
            "mid,    Mid-level ML Engineer, 3, 5,      75000, 100000",
            "senior, Senior ML Engineer,    5, ,      100000, 140000",
    })
    void rolesWithTheArticlesYearsAndSalaries(String id, String name, int yearsMin, Integer yearsMax,
                                              int salaryMin, int salaryMax) {
        Role r = role(id);
        assertEquals(name, r.name().en());
        assertEquals(yearsMin, r.yearsMin());
        assertEquals(yearsMax, r.yearsMax());
        assertEquals(salaryMin, r.salaryMin());
        assertEquals(Integer.valueOf(salaryMax), r.salaryMax());
        assertEquals("EUR", r.currency());
        assertContains(r.targetsNote().en(), "SkillRadar", "targets note");
        assertContains(r.targetsNote().en(), "judgement", "targets note");
        assertContains(r.targetsNote().en(), "not figures from the article", "targets note");
        assertContains(r.targetsNote().get(Language.DE), "keine Zahlen aus dem Artikel", "German targets note");
    }

    @Test
    void exactlyThreeRolesInOrder() {
        assertEquals(List.of("junior", "mid", "senior"), roadmap.roles().stream().map(Role::id).toList());
    }

    @Test
    void everySkillHasATargetInEveryRole() {
        Set<String> skillIds = roadmap.skills().stream().map(Skill::id).collect(Collectors.toSet());
        for (Role r : roadmap.roles()) {
            assertEquals(skillIds, r.targets().keySet(), "targets of " + r.id());
            r.targets().forEach((skill, level) -> assertTrue(Level.isValid(level), r.id() + "/" + skill));
        }
    }

    @Test
    void targetsAreMonotoneFromJuniorToSenior() {
        for (Skill s : roadmap.skills()) {
            int junior = role("junior").targets().get(s.id());
            int mid = role("mid").targets().get(s.id());
            int senior = role("senior").targets().get(s.id());
            assertTrue(junior <= mid && mid <= senior,
                    s.id() + ": junior " + junior + " <= mid " + mid + " <= senior " + senior);
        }
    }

    @Test
    void membersOfAGroupShareTheirTargetWithinARole() {
        for (Role r : roadmap.roles()) {
            for (SkillGroup g : roadmap.groups()) {
                Set<Integer> levels = new HashSet<>();
                g.memberIds().forEach(m -> levels.add(r.targets().get(m)));
                assertEquals(1, levels.size(), g.id() + " in " + r.id() + ": " + levels);
            }
        }
    }

    /** The targets are our judgement, but they must agree with what the article stresses. */
    @Test
    void targetsFollowTheArticlesEmphases() {
        Role junior = role("junior");
        Role mid = role("mid");
        Role senior = role("senior");
        assertEquals(3, junior.target("python"), "Python is the one skill every employer asks for");
        assertTrue(junior.target("sql") >= 3, "SQL is a must-have from the start");
        for (String id : CLASSICAL_ML) {
            assertTrue(junior.target(id) >= 3, id + " is must-know for interviews, so solid already for juniors");
        }
        assertTrue(junior.target("feature-engineering") >= 2, "feature engineering is a core competency");
        assertTrue(mid.target("transformer") >= 3, "the Transformer is the key focus of deep learning");
        for (String id : MATH) {
            assertTrue(junior.target(id) >= 2, id + " is part of the foundation phase");
        }
        for (String id : concat(MLOPS, CLOUD)) {
            assertTrue(junior.target(id) <= 2, id + " comes in the last phase, so it is low for juniors");
            assertTrue(senior.target(id) > junior.target(id), id + " grows with seniority");
        }
        for (String id : CLOUD) {
            assertTrue(mid.target(id) >= 3, "proficiency in at least one cloud platform is required");
        }
        for (String id : LLM) {
            assertTrue(mid.target(id) >= 2, id + ": LLM engineering is a required skill, not a bonus");
        }
        for (Role r : roadmap.roles()) {
            assertEquals(4, r.target("german"), "German target is B2 in " + r.id());
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---------------------------------------------------------------- market

    @Test
    void market() {
        Market m = roadmap.market();
        assertEquals(List.of("Siemens", "Bosch", "SAP", "B2B AI startups"), m.employers());
        assertContains(m.employersNote().en(), "actively recruiting ML engineers", "employers note");
        assertContains(m.employersNote().en(), "highest-demand tech jobs in 2026, especially in Germany", "employers note");
        String facts = m.facts().stream().map(LocalizedText::en).collect(Collectors.joining("\n"));
        assertContains(facts, "ML engineers spend 80% of their time handling data", "facts");
        assertContains(facts, "far more frequently than deep learning", "facts");
        assertContains(facts, "core distinction between ML engineers and data scientists", "facts");
        assertContains(facts, "not a bonus", "facts");
        assertContains(facts, "€55,000–75,000", "facts");
        assertContains(facts, "€100,000–140,000", "facts");
        String factsDe = m.facts().stream().map(f -> f.get(Language.DE)).collect(Collectors.joining("\n"));
        assertContains(factsDe, "80 % ihrer Zeit", "German facts");
        assertContains(factsDe, "55.000–75.000 €", "German facts");
        assertContains(m.languageNote().en(), "not a required condition", "language note");
        assertContains(m.languageNote().en(), "B2", "language note");
        assertContains(m.languageNote().en(), "career advancement", "language note");
        assertContains(m.languageNote().en(), "Siemens, Bosch", "language note");
    }

    // ---------------------------------------------------------------- texts in both languages

    /** Every text of the catalogue with a label; {@code true} marks prose whose German must differ from the English. */
    private static Map<String, Map.Entry<LocalizedText, Boolean>> allTexts() {
        Map<String, Map.Entry<LocalizedText, Boolean>> t = new LinkedHashMap<>();
        t.put("title", Map.entry(roadmap.title(), true));
        t.put("intro", Map.entry(roadmap.intro(), true));
        t.put("citation", Map.entry(roadmap.source().citation(), true));
        t.put("estimatesNote", Map.entry(roadmap.source().estimatesNote(), true));
        for (Scale scale : Scale.values()) {
            for (Level l : roadmap.levels(scale)) {
                t.put(scale.id() + "/" + l.value() + "/name", Map.entry(l.name(), false));
                t.put(scale.id() + "/" + l.value() + "/description", Map.entry(l.description(), true));
            }
        }
        for (Phase p : roadmap.phases()) {
            t.put("phase " + p.id() + " name", Map.entry(p.name(), true));
            t.put("phase " + p.id() + " focus", Map.entry(p.focus(), true));
        }
        for (Area a : roadmap.areas()) {
            t.put("area " + a.id() + " name", Map.entry(a.name(), false));
            t.put("area " + a.id() + " description", Map.entry(a.description(), true));
        }
        for (Resource r : roadmap.resources()) {
            t.put("resource " + r.id() + " name", Map.entry(r.name(), false));
            t.put("resource " + r.id() + " note", Map.entry(r.note(), true));
        }
        for (SkillGroup g : roadmap.groups()) {
            t.put("group " + g.id() + " name", Map.entry(g.name(), true));
            t.put("group " + g.id() + " description", Map.entry(g.description(), true));
        }
        for (Skill s : roadmap.skills()) {
            t.put("skill " + s.id() + " name", Map.entry(s.name(), false));
            t.put("skill " + s.id() + " description", Map.entry(s.description(), true));
            t.put("skill " + s.id() + " demand note", Map.entry(s.demand().note(), true));
        }
        for (Role r : roadmap.roles()) {
            t.put("role " + r.id() + " name", Map.entry(r.name(), false));
            t.put("role " + r.id() + " targetsNote", Map.entry(r.targetsNote(), true));
        }
        Market m = roadmap.market();
        t.put("employersNote", Map.entry(m.employersNote(), true));
        t.put("languageNote", Map.entry(m.languageNote(), true));
        for (int i = 0; i < m.facts().size(); i++) {
            t.put("fact " + i, Map.entry(m.facts().get(i), true));
        }
        return t;
    }

    @Test
    void everyTextIsInEnglishAndGerman() {
        Map<String, Map.Entry<LocalizedText, Boolean>> texts = allTexts();
        assertTrue(texts.size() > 150, "all texts are collected: " + texts.size());
        texts.forEach((label, entry) -> {
            LocalizedText text = entry.getKey();
            String en = text.get(Language.EN);
            String de = text.get(Language.DE);
            assertTrue(text.has(Language.EN) && !en.isBlank(), label + " has English");
            assertTrue(text.has(Language.DE) && !de.isBlank(), label + " has German");
            assertEquals(en.strip(), en, label + " (en) has no stray spaces");
            assertEquals(de.strip(), de, label + " (de) has no stray spaces");
            if (entry.getValue()) {
                assertNotEquals(en, de, label + " is translated");
            }
        });
    }

    @Test
    void germanTextsUseGermanNumberFormatAndEnglishTextsEnglish() {
        Pattern germanPercent = Pattern.compile("\\d %");
        Pattern englishPercent = Pattern.compile("\\d%");
        allTexts().forEach((label, entry) -> {
            String en = entry.getKey().get(Language.EN);
            String de = entry.getKey().get(Language.DE);
            assertFalse(englishPercent.matcher(de).find(), label + " (de) writes percentages as \"80 %\": " + de);
            assertFalse(germanPercent.matcher(en).find(), label + " (en) writes percentages as \"80%\": " + en);
            assertFalse(de.matches(".*\\d,\\d{3}.*"), label + " (de) uses German thousands separators: " + de);
        });
    }

    @Test
    void germanTextsUseRealUmlauts() {
        // Transliterations like "fuer", "Groesse" or "Haeufigkeit" would show that umlauts were lost.
        Pattern transliterated = Pattern.compile("\\b\\w*(fuer|ueber|aehnlich|haeufig|koenn|moeglich|groess|schaetz|muess)\\w*",
                Pattern.CASE_INSENSITIVE);
        String allGerman = allTexts().values().stream().map(e -> e.getKey().get(Language.DE))
                .collect(Collectors.joining("\n"));
        assertFalse(transliterated.matcher(allGerman).find(), "German texts use ä, ö, ü and ß");
        assertTrue(allGerman.contains("ä") && allGerman.contains("ö") && allGerman.contains("ü"),
                "German texts contain umlauts");
    }
}
