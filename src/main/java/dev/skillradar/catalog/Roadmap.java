package dev.skillradar.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole catalogue: phases, areas, skills, any-of groups, resources, roles, the rating scales,
 * the market context and the source, and (format 2) the check statements, read from their own resource on first
 * use. Immutable; built and validated by {@link CatalogLoader}.
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
    private final int format;
    private final String checksName;
    private final Function<Roadmap, CheckCatalogue> checksLoader;
    private final Object checksLock = new Object();
    private volatile CheckCatalogue checks;
    private CatalogException checksFailure;

    /** A format-1 catalogue: no check statements. */
    public Roadmap(String id, LocalizedText title, LocalizedText intro, Source source, Market market,
                   Map<Scale, List<Level>> scales, List<Phase> phases, List<Area> areas, List<Skill> skills,
                   List<SkillGroup> groups, List<Resource> resources, List<Role> roles) {
        this(id, title, intro, source, market, scales, phases, areas, skills, groups, resources, roles, 1, null, null);
    }

    /**
     * A catalogue of {@code format}; with a {@code checksLoader} (format 2) its check statements, named
     * {@code checksName}, are read and validated by it the first time {@link #checks()} is called.
     */
    public Roadmap(String id, LocalizedText title, LocalizedText intro, Source source, Market market,
                   Map<Scale, List<Level>> scales, List<Phase> phases, List<Area> areas, List<Skill> skills,
                   List<SkillGroup> groups, List<Resource> resources, List<Role> roles, int format,
                   String checksName, Function<Roadmap, CheckCatalogue> checksLoader) {
        this.format = format;
        this.checksName = checksName;
        this.checksLoader = checksLoader;
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

    /** The catalogue's format: 1 (no check statements) or 2. */
    public int format() {
        return format;
    }

    /** True when the catalogue has check statements (format 2), known without reading them. */
    public boolean hasChecks() {
        return checksLoader != null;
    }

    /** The name of the checks resource the catalogue names ({@code "checks"}), or null for format 1. */
    public String checksName() {
        return checksName;
    }

    /**
     * The check statements, read and validated on the first call (thread-safe; later calls return the same
     * object), so that a window's first frame does not pay for them. Empty for a format-1 catalogue.
     *
     * @throws CatalogException when the checks resource is missing or invalid (every call, the same problem)
     */
    public Optional<CheckCatalogue> checks() {
        if (checksLoader == null) {
            return Optional.empty();
        }
        CheckCatalogue loaded = checks;
        if (loaded != null) {
            return Optional.of(loaded);
        }
        synchronized (checksLock) {
            if (checks == null && checksFailure == null) {
                try {
                    checks = checksLoader.apply(this);
                } catch (CatalogException e) {
                    checksFailure = e;
                }
            }
            if (checksFailure != null) {
                throw new CatalogException(checksFailure.file(), checksFailure.place(), checksFailure.problem());
            }
            return Optional.of(checks);
        }
    }

    /** True once {@link #checks()} has read the statements (for tests and start-up measurements). */
    public boolean checksLoaded() {
        return checks != null;
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
