package cn.yuanqu.gateway.dashboard;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A named list behind a figure. */
@Description("亮点清单 / a named list")
public record Highlight(
        @NonNull @Description("键 / key") String key,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("条目 / items") List<@NonNull HighlightItem> items) {
}
