package dev.skillradar.ui.dashboard;

import dev.skillradar.text.ReadinessSummary;
import dev.skillradar.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The dashboard's most important gaps, each with its levels, employer demand and resources. A
 * resource's web address opens only when its link is clicked, and is marked where SkillRadar added it.
 */
final class GapList extends VBox {
    private final DashboardViewModel vm;
    private final Messages messages;

    GapList(DashboardViewModel vm, Messages messages) {
        super(14);
        this.vm = vm;
        this.messages = messages;
        vm.gaps().addListener((ListChangeListener<ReadinessSummary.GapItem>) c -> fill());
        fill();
    }

    private void fill() {
        getChildren().clear();
        if (vm.gaps().isEmpty()) {
            Label none = new Label(messages.get("dashboard.gaps.none"));
            none.getStyleClass().add("caption");
            none.setWrapText(true);
            getChildren().add(none);
            return;
        }
        int n = 1;
        for (ReadinessSummary.GapItem g : vm.gaps()) {
            Label name = new Label(n++ + ". " + g.name());
            name.getStyleClass().add("gap-name");
            name.setWrapText(true);
            Label levels = new Label(g.levels());
            levels.getStyleClass().add("gap-levels");
            Label demand = new Label(g.demand());
            demand.getStyleClass().add("caption");
            VBox gap = new VBox(4, name, levels, demand);
            gap.getStyleClass().add("gap");
            gap.setId("gap-" + g.id());
            for (ReadinessSummary.Resource r : g.resources()) {
                gap.getChildren().add(resource(r));
            }
            getChildren().add(gap);
        }
    }

    private Node resource(ReadinessSummary.Resource r) {
        Label note = new Label(r.note());
        note.setWrapText(true);
        note.getStyleClass().add("resource-note");
        if (r.url() == null) {
            return new VBox(2, new Label(r.name()), note);
        }
        Hyperlink link = new Hyperlink(r.name());
        link.setOnAction(e -> vm.openResource(r));
        link.setTooltip(new Tooltip(r.url()));
        link.setAccessibleText(messages.get("dashboard.resource.accessible", r.name(), r.url()));
        link.setAccessibleHelp(r.note());
        HBox line = new HBox(6, link);
        line.setAlignment(Pos.BASELINE_LEFT);
        if (r.urlIsAppAddition()) {
            Label mark = new Label(messages.get("dashboard.resource.appAddition"));
            mark.getStyleClass().add("app-addition");
            mark.setTooltip(new Tooltip(messages.get("dashboard.resource.appAddition.explained")));
            line.getChildren().add(mark);
        }
        VBox box = new VBox(0, line, note);
        box.getStyleClass().add("resource");
        return box;
    }
}
