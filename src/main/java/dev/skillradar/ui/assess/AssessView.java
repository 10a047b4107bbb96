package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.Messages;
import dev.skillradar.ui.fx.startup.LazyTooltip;
import dev.skillradar.ui.fx.startup.StagedBuild;
import dev.skillradar.ui.fx.startup.WhenFirst;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Assess screen: a header with the search and filters, then one collapsible pane per phase
 * with the skills of each area. Lays out, binds and forwards; the logic is in {@link AssessViewModel}.
 */
public final class AssessView extends BorderPane {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final AssessViewModel vm;
    private final AssessHeader header;
    private final ScrollPane scroll;
    private final VBox content = new VBox();
    private final List<TitledPane> phasePanes = new ArrayList<>();
    private final List<SkillRowView> rowViews = new ArrayList<>();
    private final RowColumns columns = new RowColumns();
    private final ChangeListener<Node> focusFollower = (obs, o, n) -> revealFocused(n);
    private final Runnable find;
    private final StagedBuild staged = new StagedBuild(this);

    public AssessView(AssessViewModel vm) {
        this.vm = vm;
        getStyleClass().add("assess-view");
        getStylesheets().add(Objects.requireNonNull(AssessView.class.getResource("assess.css")).toExternalForm());
        header = new AssessHeader(vm);
        setTop(header);
        find = header::focusSearch;

        content.getStyleClass().add("assess-content");
        // Only the first area of the first phase is in sight at first (a window of 800 px shows four or five
        // rows): its other areas and the other phases follow right after the first frame, each pane with its
        // first area in one step, every other area one per step.
        List<PhaseSection> sections = vm.sections();
        for (int i = 0; i < sections.size(); i++) {
            PhaseSection section = sections.get(i);
            VBox areas = new VBox();
            List<AreaSection> sectionAreas = section.areas();
            for (int a = 0; a < sectionAreas.size(); a++) {
                AreaSection area = sectionAreas.get(a);
                if (i == 0 && a == 0) {
                    areas.getChildren().add(areaBox(area));
                } else if (i == 0) {
                    staged.later(() -> areas.getChildren().add(areaBox(area)));
                } else if (a == 0) {
                    staged.later(() -> {
                        areas.getChildren().add(areaBox(area));
                        content.getChildren().add(phasePane(section, areas));
                    });
                } else {
                    staged.later(() -> areas.getChildren().add(areaBox(area)));
                }
            }
            if (i == 0) {
                content.getChildren().add(phasePane(section, areas));
            } else if (sectionAreas.isEmpty()) {
                staged.later(() -> content.getChildren().add(phasePane(section, areas)));
            }
        }
        scroll = new ScrollPane(content);
        scroll.getStyleClass().add("assess-scroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);

        StackPane center = new StackPane(scroll);
        setCenter(center);
        // "No skill matches" exists from the first time the filters hide every skill.
        WhenFirst.isTrue(vm.nothingShownProperty(), () -> center.getChildren().add(emptyState()));

        // A search should find rows inside collapsed phases too.
        vm.searchProperty().addListener((obs, o, n) -> {
            if (n != null && !n.isBlank()) {
                phasePanes.forEach(p -> p.setExpanded(true));
            }
        });
        sceneProperty().addListener((obs, old, scene) -> follow(old, scene));
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                header.focusSearch();
                e.consume();
            }
        });
    }

    private VBox emptyState() {
        Label nothing = new Label();
        nothing.textProperty().bind(vm.messages().text("assess.empty"));
        var clear = AssessHeader.clearFiltersButton(vm);
        VBox empty = new VBox(nothing, clear);
        empty.getStyleClass().add("empty-state");
        empty.setAlignment(Pos.TOP_CENTER);
        empty.visibleProperty().bind(vm.nothingShownProperty());
        empty.managedProperty().bind(empty.visibleProperty());
        return empty;
    }

    /** The collapsible pane of one phase around its areas. */
    private TitledPane phasePane(PhaseSection section, VBox areas) {
        Messages messages = vm.messages();
        TitledPane pane = new TitledPane();
        pane.getStyleClass().add("phase-pane");
        pane.setId("phase-" + section.id());
        pane.setAnimated(false);
        pane.setContent(areas);
        // The title is a graphic of two labels, so that it can be styled without touching the content's font.
        Label title = new Label();
        title.getStyleClass().add("phase-title");
        title.textProperty().bind(section.titleProperty());
        Label progress = new Label();
        progress.getStyleClass().add("phase-progress");
        progress.textProperty().bind(section.progressProperty());
        pane.setGraphic(new HBox(14, title, progress));
        pane.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        pane.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get("assess.phase.heading",
                title.getText(), progress.getText()), title.textProperty(), progress.textProperty()));
        LazyTooltip.install(pane, section.focusProperty(), 520);
        pane.visibleProperty().bind(section.shownProperty());
        pane.managedProperty().bind(section.shownProperty());
        phasePanes.add(pane);
        return pane;
    }

    private VBox areaBox(AreaSection area) {
        Label title = new Label();
        title.getStyleClass().add("area-title");
        title.textProperty().bind(area.nameProperty());
        LazyTooltip.install(title, area.descriptionProperty(), 480);
        VBox box = new VBox(title);
        box.getStyleClass().add("area-section");
        for (AssessItem item : area.items()) {
            if (item instanceof GroupViewModel g) {
                GroupBox groupBox = new GroupBox(g, vm, columns, this::reveal);
                groupBox.getChildren().stream().filter(SkillRowView.class::isInstance)
                        .map(SkillRowView.class::cast).forEach(rowViews::add);
                box.getChildren().add(groupBox);
            } else if (item instanceof SkillRowViewModel r) {
                SkillRowView row = new SkillRowView(r, vm, columns, this::reveal);
                rowViews.add(row);
                box.getChildren().add(row);
            }
        }
        box.visibleProperty().bind(area.shownProperty());
        box.managedProperty().bind(area.shownProperty());
        return box;
    }

    @Override
    protected void layoutChildren() {
        columns.fit(); // before the rows lay out, so a language or font change re-fits the columns
        super.layoutChildren();
    }

    private void follow(Scene old, Scene scene) {
        if (old != null) {
            old.focusOwnerProperty().removeListener(focusFollower);
            old.getAccelerators().remove(FIND, find);
        }
        if (scene != null) {
            scene.focusOwnerProperty().addListener(focusFollower);
            // Also while the focus is outside this view (the sidebar, just after start-up).
            scene.getAccelerators().put(FIND, find);
        }
    }

    /** Keeps the focused row in view while tabbing through the list. */
    private void revealFocused(Node focused) {
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        Node target = focused;
        for (Node n = focused; n != null && n != content; n = n.getParent()) {
            if (n instanceof SkillRowView) {
                target = n;
                break;
            }
        }
        if (target != focused && target.getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight()) {
            target = focused; // a row open with its statements is taller than the view: follow the control instead
        }
        reveal(target);
    }

    /** Scrolls as little as possible so that the node (a row, perhaps just opened) is in view. */
    private void reveal(Node node) {
        applyCss();
        layout(); // the scroll pane must know the content's new height (a row may just have opened)
        if (content.getHeight() <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        double top = scroll.getVvalue() * extra;
        if (b.getMinY() < top || b.getHeight() > viewport) {
            scroll.setVvalue(Math.max(0, b.getMinY() - 8) / extra);
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(extra, b.getMaxY() - viewport + 8) / extra);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * False until every row exists: the rows not in sight at first are built in small steps right
     * after the first frame (within about a second), without any user action.
     */
    public ReadOnlyBooleanProperty completeProperty() {
        return staged.completeProperty();
    }

    /** Builds the rows still waiting now, for a picture of the complete screen (the preview). */
    void buildAllNow() {
        staged.finishNow();
    }

    /** The rows in screen order (for tests and focus handling); see {@link #completeProperty()}. */
    List<SkillRowView> rowViews() {
        return List.copyOf(rowViews);
    }

    AssessHeader header() {
        return header;
    }

    List<TitledPane> phasePanes() {
        return List.copyOf(phasePanes);
    }
}
