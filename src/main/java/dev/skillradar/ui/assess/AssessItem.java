package dev.skillradar.ui.assess;

import javafx.beans.property.ReadOnlyBooleanProperty;

/** One entry of an area on the Assess screen: a single skill, or an any-of group with its member skills. */
public sealed interface AssessItem permits SkillRowViewModel, GroupViewModel {
    /** False while the search, the filters or "show only gaps" hide the entry. */
    ReadOnlyBooleanProperty shownProperty();
}
