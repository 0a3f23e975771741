package cn.yuanqu.enterprises.registry;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.yuanqu.platform.paging.Page;

/** One page of enterprises. */
@Description("企业分页列表 / a page of enterprises")
@Schema(description = "企业分页列表 / a page of enterprises")
public record EnterprisePage(
        @NonNull @Description("本页企业 / items") List<@NonNull EnterpriseView> items,
        @NonNull @Description("页码（从0开始） / page index, from 0") Integer page,
        @NonNull @Description("每页条数 / page size") Integer size,
        @NonNull @Description("总条数 / total") Long total,
        @NonNull @Description("总页数 / total pages") Integer totalPages) {

    static EnterprisePage of(Page<EnterpriseView> page) {
        return new EnterprisePage(page.items(), page.page(), page.size(), page.total(), page.totalPages());
    }
}
