package dev.skillradar.catalog;

import java.util.List;

/**
 * Skills of which proficiency in any one is enough ("proficiency in at least one" cloud platform;
 * PyTorch or TensorFlow). Scored as one unit at its best member's rating.
 */
public record SkillGroup(String id, LocalizedText name, LocalizedText description, List<String> memberIds) {
    public SkillGroup {
        memberIds = List.copyOf(memberIds);
    }
}
