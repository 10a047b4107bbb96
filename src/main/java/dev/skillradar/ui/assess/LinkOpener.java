package dev.skillradar.ui.assess;

import dev.skillradar.ui.common.HostServicesOpener;

/**
 * Opens a resource or evidence address in the browser when the user clicks it. The same contract
 * as {@link HostServicesOpener} (which {@link AssessViewModel} accepts), named for this screen.
 */
@FunctionalInterface
public interface LinkOpener extends HostServicesOpener {
}
