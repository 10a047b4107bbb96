package dev.skillradar.ui.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.skillradar.assessment.Rating;
import dev.skillradar.catalog.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Assess screen's grouping, search, filters and role handling, without the FX toolkit. */
class AssessViewModelTest {
    private final AssessFixture fx = AssessFixture.manual();
    private final AssessViewModel vm = fx.vm;

    private List<String> shownIds() {
        return vm.rows().stream().filter(r -> r.shownProperty().get()).map(SkillRowViewModel::id).toList();
    }

    private static Rating rating(String id, int level) {
        return new Rating(id, level, null, null, Instant.EPOCH);
    }

    @Test
    void everySkillAppearsOnceGroupedByPhaseThenArea() {
        assertEquals(List.of("foundation", "core-ml", "engineering", AssessViewModel.OUTSIDE_PHASES),
                vm.sections().stream().map(PhaseSection::id).toList());
        List<String> inSections = vm.sections().stream().flatMap(s -> s.areas().stream())
                .flatMap(a -> a.items().stream())
                .flatMap(i -> i instanceof GroupViewModel g ? g.members().stream() : java.util.stream.Stream.of((SkillRowViewModel) i))
                .map(SkillRowViewModel::id).toList();
        assertEquals(fx.state.roadmap().skills().size(), inSections.size());
        assertEquals(fx.state.roadmap().skills().stream().map(s -> s.id()).collect(Collectors.toSet()),
                Set.copyOf(inSections));
        AreaSection foundationMath = vm.sections().get(0).areas().stream()
                .filter(a -> a.area().id().equals("math")).findFirst().orElseThrow();
        assertEquals(3, foundationMath.items().size());
    }

    @Test
    void anyOfGroupsKeepTheirMembersTogetherAndCountTheBest() {
        GroupViewModel cloud = vm.groups().stream().filter(g -> g.id().equals("cloud-platform")).findFirst().orElseThrow();
        assertEquals(List.of("aws-sagemaker", "google-vertex-ai", "azure-ml"), cloud.members().stream().map(SkillRowViewModel::id).toList());
        fx.row("google-vertex-ai").rate(3);
        fx.row("azure-ml").rate(1);
        assertEquals(3, cloud.bestProperty().get());
        assertEquals(1, cloud.targetProperty().get()); // junior
        assertTrue(cloud.meetsTargetProperty().get());
        assertEquals(3, fx.row("aws-sagemaker").unitLevel());
    }

    @Test
    void germanIsOptionalOnTheCefrScaleOutsideThePhases() {
        SkillRowViewModel german = fx.row("german");
        assertTrue(german.isOptional());
        assertTrue(german.isCefr());
        PhaseSection outside = vm.sections().get(3);
        assertEquals(null, outside.phase());
        assertEquals(german, outside.areas().get(0).items().get(0));
        assertFalse(fx.row("python").isOptional());
    }

    @Test
    void searchFindsNameAndDescriptionIgnoringCaseAndAccents() {
        vm.searchProperty().set("PANDAS");
        assertEquals(List.of("pandas"), shownIds());
        vm.searchProperty().set("backpropagation"); // only in calculus' description
        assertEquals(List.of("calculus"), shownIds());
        vm.searchProperty().set("cloud at least");  // every word, here in the group's text
        assertEquals(List.of("aws-sagemaker", "google-vertex-ai", "azure-ml"), shownIds());
        assertEquals(3, vm.shownCountProperty().get());
    }

    @Test
    void searchFollowsTheCurrentLanguage() {
        vm.searchProperty().set("grundlagen");
        assertTrue(shownIds().isEmpty());
        fx.state.messages().languageProperty().set(Language.DE);
        assertFalse(shownIds().isEmpty());
        vm.searchProperty().set("deutsch");
        assertTrue(shownIds().contains("german"));
        vm.searchProperty().set("uberwacht"); // "überwacht" typed without the umlaut
        assertFalse(shownIds().isEmpty());
    }

    @Test
    void filtersByPhaseAndArea() {
        vm.phaseFilterProperty().set("foundation");
        assertEquals(8, shownIds().size());
        vm.areaFilterProperty().set("math");
        assertEquals(List.of("linear-algebra", "probability-statistics", "calculus"), shownIds());
        assertTrue(vm.sections().get(0).shownProperty().get());
        assertFalse(vm.sections().get(1).shownProperty().get());
        vm.phaseFilterProperty().set(AssessViewModel.OUTSIDE_PHASES);
        assertTrue(shownIds().isEmpty());
        vm.areaFilterProperty().set(null);
        assertEquals(List.of("german"), shownIds());
        vm.clearFilters();
        assertEquals(fx.state.roadmap().skills().size(), shownIds().size());
        assertFalse(vm.filtersActiveProperty().get());
    }

    @Test
    void showOnlyGapsCountsGroupMembersByTheGroupsBest() {
        fx.state.replaceRatings(Map.of("python", rating("python", 3), "pytorch", rating("pytorch", 2),
                "german", rating("german", 5)));
        vm.gapsOnlyProperty().set(true);
        List<String> shown = shownIds();
        assertFalse(shown.contains("python"), "python meets the junior target 3");
        assertFalse(shown.contains("pytorch"));
        assertFalse(shown.contains("tensorflow"), "TensorFlow is covered by PyTorch, the group's best");
        assertFalse(shown.contains("german"));
        assertTrue(shown.contains("numpy"));
        assertTrue(shown.contains("aws-sagemaker"));
        fx.state.roleProperty().set(fx.state.roadmap().role("mid").orElseThrow());
        assertTrue(shownIds().containsAll(List.of("python", "pytorch", "tensorflow")));
    }

    @Test
    void aRowRatedWhileShowingOnlyGapsStaysUntilTheFiltersChange() {
        vm.gapsOnlyProperty().set(true);
        SkillRowViewModel numpy = fx.row("numpy");
        numpy.rate(3);
        fx.writer.commitAll();
        assertTrue(numpy.shownProperty().get(), "the row being rated must not vanish under the pointer");
        vm.searchProperty().set("n");
        assertFalse(numpy.shownProperty().get());
    }

    @Test
    void anOutsideChangeThatClosesAGapHidesTheRow() {
        vm.gapsOnlyProperty().set(true);
        fx.state.ratings().put("sql", rating("sql", 4));
        assertFalse(fx.row("sql").shownProperty().get());
    }

    @Test
    void targetsFollowTheRole() {
        SkillRowViewModel mlflow = fx.row("mlflow");
        assertEquals(1, mlflow.targetProperty().get());
        fx.state.roleProperty().set(fx.state.roadmap().role("senior").orElseThrow());
        assertEquals(4, mlflow.targetProperty().get());
        assertEquals(4, fx.row("german").targetProperty().get());
    }

    @Test
    void linksOpenOnlyWhenWebAddresses() {
        vm.open("https://course.fast.ai/");
        vm.open("javascript:alert(1)");
        vm.open("file:///etc/passwd");
        assertEquals(List.of("https://course.fast.ai/"), fx.opened);
    }
}
