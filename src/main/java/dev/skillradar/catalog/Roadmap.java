package dev.skillradar.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole catalogue: phases, areas, skills, any-of groups, resources, roles, the rating scales,
 * the market context and the source. Immutable; built and validated by {@link CatalogLoader}.
 */
public final class Roadmap {
    private final String id;
    private final LocalizedText title;
    private final LocalizedText intro;
    private final Source source;
    private final Market market;
    private final Map<Scale, List<Level>> scales;
    private final Map<String, Phase> phases = new LinkedHashMap<>();
    private final Map<String, Area> areas = new LinkedHashMap<>();
    private final Map<String, Skill> skills = new LinkedHashMap<>();
    private final Map<String, SkillGroup> groups = new LinkedHashMap<>();
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();

    public Roadmap(String id, LocalizedText title, LocalizedText intro, Source source, Market market,
                   Map<Scale, List<Level>> scales, List<Phase> phases, List<Area> areas, List<Skill> skills,
                   List<SkillGroup> groups, List<Resource> resources, List<Role> roles) {
        this.id = id;
        this.title = title;
        this.intro = intro;
        this.source = source;
        this.market = market;
        this.scales = Map.copyOf(scales);
        phases.forEach(p -> this.phases.put(p.id(), p));
        areas.forEach(a -> this.areas.put(a.id(), a));
        skills.forEach(s -> this.skills.put(s.id(), s));
        groups.forEach(g -> this.groups.put(g.id(), g));
        resources.forEach(r -> this.resources.put(r.id(), r));
        roles.forEach(r -> this.roles.put(r.id(), r));
    }

    public String id() {
        return id;
    }

    public LocalizedText title() {
        return title;
    }

    public LocalizedText intro() {
        return intro;
    }

    public Source source() {
        return source;
    }

    public Market market() {
        return market;
    }

    public List<Level> levels(Scale scale) {
        return scales.get(scale);
    }

    public Level level(Scale scale, int value) {
        return scales.get(scale).get(value);
    }

    public List<Phase> phases() {
        return List.copyOf(phases.values());
    }

    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    public List<Skill> skills() {
        return List.copyOf(skills.values());
    }

    public List<SkillGroup> groups() {
        return List.copyOf(groups.values());
    }

    public List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    public List<Role> roles() {
        return List.copyOf(roles.values());
    }

    public Optional<Phase> phase(String phaseId) {
        return Optional.ofNullable(phaseId == null ? null : phases.get(phaseId));
    }

    public Optional<Area> area(String areaId) {
        return Optional.ofNullable(areas.get(areaId));
    }

    public Optional<Skill> skill(String skillId) {
        return Optional.ofNullable(skills.get(skillId));
    }

    public Optional<SkillGroup> group(String groupId) {
        return Optional.ofNullable(groupId == null ? null : groups.get(groupId));
    }

    public Optional<Resource> resource(String resourceId) {
        return Optional.ofNullable(resources.get(resourceId));
    }

    /**
     * The role a new profile aims for, and the one a profile is scored against when its stored role is not in
     * this catalogue: the first role (the loader guarantees there is one). The only default role there is.
     */
    public Role defaultRole() {
        return roles.values().iterator().next();
    }

    public Optional<Role> role(String roleId) {
        return Optional.ofNullable(roleId == null ? null : roles.get(roleId));
    }

    public List<Skill> skillsInArea(String areaId) {
        return skills.values().stream().filter(s -> s.areaId().equals(areaId)).toList();
    }

    public List<Skill> skillsInPhase(String phaseId) {
        return skills.values().stream().filter(s -> phaseId.equals(s.phaseId())).toList();
    }

    public List<Resource> resourcesOf(Skill skill) {
        return skill.resourceIds().stream().map(resources::get).toList();
    }
}
