package dev.skillradar.ui.dashboard;

import java.util.List;

/** The rows the dashboard shows, already worded in the current language. */
public final class DashboardItems {
    private DashboardItems() {
    }

    /**
     * A readiness bar of a phase or area; {@code value} 0..100, or null where the role sets no target;
     * {@code detail} a second line under the name (a phase's duration), or null.
     */
    public record Bar(String id, String name, Double value, String valueText, String detail) {
        public double progress() {
            return value == null ? 0 : value / 100.0;
        }
    }

    /** A learning resource of a gap; {@code urlIsAppAddition}: the article names no address, SkillRadar added it. */
    public record Resource(String name, String note, String url, boolean urlIsAppAddition) {
    }

    /** One of the most important gaps: what, how far, how much employers want it, and where to learn it. */
    public record Gap(String id, String name, String levels, String demand, List<Resource> resources) {
        public Gap {
            resources = List.copyOf(resources);
        }
    }
}
