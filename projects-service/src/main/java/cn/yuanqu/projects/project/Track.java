package cn.yuanqu.projects.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stage tracks and their transition tables (docs/projects-service.md):
 * <pre>
 * INDUSTRIAL (产业项目):       签约 → 联审通过 → 供地 → 开工 → 竣工 → 投产 → 达产达标
 * RENOVATION (技改):           立项 → 开工 → 竣工 → 投产 → 达产达标
 * PUBLIC (基础设施, 配套, 标准厂房): 立项 → 开工 → 竣工 → 交付使用
 * </pre>
 * A project moves one stage forward at a time (no skipping, never back). From every stage but the
 * last, it may be suspended (停缓建) — a suspended project resumes to exactly the stage it left — or
 * terminated (终止), which is final. The last stage of the track is final too.
 */
public enum Track {
    INDUSTRIAL(List.of(ProjectStage.SIGNED, ProjectStage.APPROVED, ProjectStage.LAND_SUPPLIED, ProjectStage.STARTED,
            ProjectStage.COMPLETED, ProjectStage.IN_PRODUCTION, ProjectStage.AT_CAPACITY)),
    RENOVATION(List.of(ProjectStage.INITIATED, ProjectStage.STARTED, ProjectStage.COMPLETED,
            ProjectStage.IN_PRODUCTION, ProjectStage.AT_CAPACITY)),
    PUBLIC(List.of(ProjectStage.INITIATED, ProjectStage.STARTED, ProjectStage.COMPLETED, ProjectStage.DELIVERED));

    private final List<ProjectStage> stages;

    Track(List<ProjectStage> stages) {
        this.stages = stages;
    }

    public List<ProjectStage> stages() {
        return stages;
    }

    public ProjectStage first() {
        return stages.get(0);
    }

    public boolean contains(ProjectStage stage) {
        return stages.contains(stage);
    }

    /** The next stage of the track after {@code stage}; empty for the last one and the exits. */
    public Optional<ProjectStage> after(ProjectStage stage) {
        int i = stages.indexOf(stage);
        return i < 0 || i == stages.size() - 1 ? Optional.empty() : Optional.of(stages.get(i + 1));
    }

    /** Final: the track's last stage, or terminated. */
    public boolean isFinal(ProjectStage stage) {
        return stage == ProjectStage.TERMINATED || stage == stages.get(stages.size() - 1);
    }

    /**
     * The stages a project in {@code stage} may move to; {@code suspendedFrom} is the stage a suspended
     * project left (it resumes there and nowhere else).
     */
    public List<ProjectStage> next(ProjectStage stage, ProjectStage suspendedFrom) {
        List<ProjectStage> out = new ArrayList<>(3);
        if (stage == ProjectStage.SUSPENDED) {
            out.add(suspendedFrom);
            out.add(ProjectStage.TERMINATED);
            return out;
        }
        if (isFinal(stage)) {
            return out;
        }
        after(stage).ifPresent(out::add);
        out.add(ProjectStage.SUSPENDED);
        out.add(ProjectStage.TERMINATED);
        return out;
    }

    public boolean canMove(ProjectStage from, ProjectStage suspendedFrom, ProjectStage to) {
        return next(from, suspendedFrom).contains(to);
    }

    /** Position of a stage in the track (−1 for the exits): "at or past 开工" and similar questions. */
    public int rank(ProjectStage stage) {
        return stages.indexOf(stage);
    }
}
