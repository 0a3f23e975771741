package cn.yuanqu.safety.hazard;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a sample over its limits tells the hazard loop: the park, the sample, the point's enterprise (none
 * for the zone's own points), where, what was exceeded, when, by when, who is responsible, who pushed it.
 */
public record Exceedance(String park, UUID sampleId, UUID enterpriseId, String enterpriseName, String location,
        String description, LocalDate foundOn, LocalDate deadline, String responsiblePerson, String actor) {

    public static final String CATEGORY = "环境监测超标";
}
