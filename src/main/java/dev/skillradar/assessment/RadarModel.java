package dev.skillradar.assessment;

import dev.skillradar.catalog.LocalizedText;
import dev.skillradar.catalog.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one radar picture shows, whoever draws it (window, PNG, report, {@code radar --format json}): the axes in
 * catalogue order — the areas, or the units of one area when drilled in — each with the learner's value, the
 * role's target and, if chosen, a comparison's value (a past moment of the same profile, or another profile).
 * Values follow {@link Radar}: unweighted means, not capped, null where nothing is rated.
 */
public record RadarModel(String areaId, Role role, List<Row> axes, boolean compared) {
    public RadarModel {
        axes = List.copyOf(axes);
    }

    /**
     * One axis: an area, or a skill or any-of group ({@code members} with each member's level, and the
     * comparison's) when drilled in. {@code current} and {@code compare} are null where nothing is rated.
     */
    public record Row(String id, LocalizedText name, boolean optional, boolean group, int units,
                      List<UnitAxis.MemberLevel> members, List<UnitAxis.MemberLevel> compareMembers,
                      Double current, double target, Double compare) {
        public Row {
            members = List.copyOf(members);
            compareMembers = List.copyOf(compareMembers);
        }

        /** {@code max(0, target − current)}; null when the value is missing. */
        public Double gap() {
            return current == null ? null : Math.max(0, target - current);
        }
    }

    /** The areas as axes ({@code areaId} null), or the units of one area; {@code compare} null for none. */
    public static RadarModel of(Radar radar, Role role, Map<String, Integer> current, Map<String, Integer> compare,
                                String areaId) {
        List<Row> rows = new ArrayList<>();
        if (areaId == null) {
            List<AreaAxis> mine = radar.areas(role, current);
            List<AreaAxis> theirs = compare == null ? null : radar.areas(role, compare);
            for (int i = 0; i < mine.size(); i++) {
                AreaAxis a = mine.get(i);
                rows.add(new Row(a.id(), a.area().name(), a.optional(), false, a.units(), List.of(), List.of(),
                        a.value(), a.target(), theirs == null ? null : theirs.get(i).value()));
            }
        } else {
            List<UnitAxis> mine = radar.drillDown(areaId, role, current);
            List<UnitAxis> theirs = compare == null ? null : radar.drillDown(areaId, role, compare);
            for (int i = 0; i < mine.size(); i++) {
                UnitAxis u = mine.get(i);
                UnitAxis t = theirs == null ? null : theirs.get(i);
                rows.add(new Row(u.id(), u.unit().name(), u.optional(), u.group(), u.members().size(), u.members(),
                        t == null ? List.of() : t.members(), u.value() == null ? null : u.value().doubleValue(),
                        u.target(), t == null || t.value() == null ? null : t.value().doubleValue()));
            }
        }
        return new RadarModel(areaId, role, rows, compare != null);
    }

    /**
     * The same rows as the table beside the chart lists them: missing values last, the rest by the Dashboard's
     * priority (weight × levels missing, prerequisites first), then catalogue order.
     */
    public List<Row> table(Radar radar, Map<String, Integer> current) {
        List<String> order = areaId == null
                ? radar.areaTable(role, current).stream().map(AreaAxis::id).toList()
                : radar.drillDownTable(areaId, role, current).stream().map(UnitAxis::id).toList();
        Map<String, Row> byId = new HashMap<>();
        axes.forEach(r -> byId.put(r.id(), r));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    public boolean drilledIn() {
        return areaId != null;
    }
}
