package cn.yuanqu.projects.project;

import static cn.yuanqu.projects.project.ProjectStage.APPROVED;
import static cn.yuanqu.projects.project.ProjectStage.AT_CAPACITY;
import static cn.yuanqu.projects.project.ProjectStage.COMPLETED;
import static cn.yuanqu.projects.project.ProjectStage.DELIVERED;
import static cn.yuanqu.projects.project.ProjectStage.INITIATED;
import static cn.yuanqu.projects.project.ProjectStage.IN_PRODUCTION;
import static cn.yuanqu.projects.project.ProjectStage.LAND_SUPPLIED;
import static cn.yuanqu.projects.project.ProjectStage.SIGNED;
import static cn.yuanqu.projects.project.ProjectStage.STARTED;
import static cn.yuanqu.projects.project.ProjectStage.SUSPENDED;
import static cn.yuanqu.projects.project.ProjectStage.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The transition tables of docs/projects-service.md, exhaustively. */
class TrackTest {

    @Test
    void anIndustrialProjectMovesOneStageAtATimeAndNeverBack() {
        Track t = Track.INDUSTRIAL;
        List<ProjectStage> order = List.of(SIGNED, APPROVED, LAND_SUPPLIED, STARTED, COMPLETED, IN_PRODUCTION, AT_CAPACITY);
        assertThat(t.stages()).isEqualTo(order);
        for (int i = 0; i < order.size(); i++) {
            for (int j = 0; j < order.size(); j++) {
                assertThat(t.canMove(order.get(i), null, order.get(j)))
                        .as("%s → %s", order.get(i), order.get(j)).isEqualTo(j == i + 1);
            }
        }
        assertThat(t.next(SIGNED, null)).containsExactly(APPROVED, SUSPENDED, TERMINATED);
        assertThat(t.next(AT_CAPACITY, null)).isEmpty();
        assertThat(t.canMove(SIGNED, null, STARTED)).as("no skipping to the start").isFalse();
        assertThat(t.canMove(SIGNED, null, DELIVERED)).as("not a stage of this track").isFalse();
    }

    @Test
    void publicProjectsSkipTheStagesThatDoNotApply() {
        Track t = Track.PUBLIC;
        assertThat(t.stages()).containsExactly(INITIATED, STARTED, COMPLETED, DELIVERED);
        assertThat(t.canMove(INITIATED, null, STARTED)).isTrue();
        assertThat(t.canMove(INITIATED, null, APPROVED)).isFalse();
        assertThat(t.canMove(COMPLETED, null, IN_PRODUCTION)).isFalse();
        assertThat(t.canMove(COMPLETED, null, DELIVERED)).isTrue();
        assertThat(t.isFinal(DELIVERED)).isTrue();
        assertThat(Track.RENOVATION.stages()).containsExactly(INITIATED, STARTED, COMPLETED, IN_PRODUCTION, AT_CAPACITY);
        assertThat(ProjectCategory.STANDARD_FACTORY.track()).isEqualTo(Track.PUBLIC);
        assertThat(ProjectCategory.INFRASTRUCTURE.track()).isEqualTo(Track.PUBLIC);
        assertThat(ProjectCategory.SUPPORTING.track()).isEqualTo(Track.PUBLIC);
    }

    @Test
    void aSuspendedProjectResumesExactlyWhereItLeftOrIsTerminated() {
        for (Track t : Track.values()) {
            for (ProjectStage from : t.stages()) {
                if (t.isFinal(from)) {
                    assertThat(t.canMove(from, null, SUSPENDED)).as("%s %s is final", t, from).isFalse();
                    assertThat(t.canMove(from, null, TERMINATED)).isFalse();
                    continue;
                }
                assertThat(t.canMove(from, null, SUSPENDED)).isTrue();
                assertThat(t.next(SUSPENDED, from)).containsExactly(from, TERMINATED);
                EnumSet<ProjectStage> others = EnumSet.allOf(ProjectStage.class);
                others.remove(from);
                others.remove(TERMINATED);
                for (ProjectStage other : others) {
                    assertThat(t.canMove(SUSPENDED, from, other)).as("%s suspended from %s → %s", t, from, other).isFalse();
                }
            }
        }
    }

    @Test
    void terminatedIsFinal() {
        for (Track t : Track.values()) {
            assertThat(t.isFinal(TERMINATED)).isTrue();
            assertThat(t.next(TERMINATED, null)).isEmpty();
        }
    }
}
