package cn.yuanqu.projects.project;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import cn.yuanqu.platform.paging.Page;

/** One page of the project ledger. */
@Description("项目台账分页 / a page of projects")
public record ProjectPage(@NonNull List<@NonNull ProjectView> items, @NonNull Integer page,
        @NonNull Integer size, @NonNull Long total, @NonNull Integer totalPages) {

    static ProjectPage of(Page<ProjectView> p) {
        return new ProjectPage(p.items(), p.page(), p.size(), p.total(), p.totalPages());
    }
}
