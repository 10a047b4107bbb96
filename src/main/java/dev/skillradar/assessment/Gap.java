package dev.skillradar.assessment;

import dev.skillradar.catalog.Resource;
import java.util.List;

/** A unit below its target: {@code priority = weight × (target − current)}, with the resources that help. */
public record Gap(ScoredUnit unit, int current, int target, double weight, double priority, List<Resource> resources) {
    public Gap {
        resources = List.copyOf(resources);
    }

    public String id() {
        return unit.id();
    }

    public int levels() {
        return target - current;
    }
}
