package cn.yuanqu.projects.project;

import org.eclipse.microprofile.graphql.Description;

/** What a project is; its category fixes the {@link Track} of stages it goes through. */
@Description("项目类别 / project category")
public enum ProjectCategory {
    @Description("产业项目 / industrial project")
    INDUSTRIAL("产业项目", Track.INDUSTRIAL, true),
    @Description("基础设施 / infrastructure")
    INFRASTRUCTURE("基础设施", Track.PUBLIC, false),
    @Description("配套 / public service and supporting facilities")
    SUPPORTING("配套", Track.PUBLIC, false),
    @Description("标准厂房 / standard factories")
    STANDARD_FACTORY("标准厂房", Track.PUBLIC, false),
    @Description("技改 / technical renovation of an enterprise")
    RENOVATION("技改", Track.RENOVATION, true);

    private final String label;
    private final Track track;
    private final boolean needsInvestor;

    ProjectCategory(String label, Track track, boolean needsInvestor) {
        this.label = label;
        this.track = track;
        this.needsInvestor = needsInvestor;
    }

    public String label() {
        return label;
    }

    public Track track() {
        return track;
    }

    /** Industrial and renovation projects belong to an enterprise of the park. */
    public boolean needsInvestor() {
        return needsInvestor;
    }
}
