/**
 * Used only to make the first frame cheap; see the README, Design › Start-up. Work the first frame does not
 * need is done right after it ({@link dev.skillradar.ui.fx.startup.AfterFirstFrame}, one step per pulse with
 * {@link dev.skillradar.ui.fx.startup.StagedBuild}), and nodes that show nothing yet are made the first time
 * they have something to show ({@link dev.skillradar.ui.fx.startup.WhenFirst},
 * {@link dev.skillradar.ui.fx.startup.LazyTooltip}). Without the start-up budget each of these would be a
 * plain {@code new}; nothing here changes what the user sees, only when it is made.
 */
package dev.skillradar.ui.fx.startup;
