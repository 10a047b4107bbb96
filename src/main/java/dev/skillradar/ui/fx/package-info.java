/**
 * Small JavaFX helpers that any screen may use and that know nothing of SkillRadar's data: a debounce on
 * the FX timer ({@link dev.skillradar.ui.fx.FxDebounce}, with the {@link dev.skillradar.ui.fx.Debounce}
 * interface that ViewModels and tests use), room for a label's longest text ({@link dev.skillradar.ui.fx.TextWidths})
 * and text areas that Tab leaves ({@link dev.skillradar.ui.fx.TextAreas}).
 * The helpers that exist only to make the first frame cheap are in {@link dev.skillradar.ui.fx.startup}.
 */
package dev.skillradar.ui.fx;
