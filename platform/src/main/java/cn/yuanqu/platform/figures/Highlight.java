package cn.yuanqu.platform.figures;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.graphql.api.federation.Shareable;

/** A named list behind a figure: the enterprises newly above scale, the awards of the period … */
@Name("Highlight")
@Shareable
@Description("亮点清单 / a named list for the report")
@Schema(name = "Highlight", description = "亮点清单 / a named list for the report")
public record Highlight(
        @NonNull @Description("键，如 enterprises.newAboveScale / key") String key,
        @NonNull @Description("名称 / name") String name,
        @NonNull @Description("条目 / items") List<@NonNull HighlightItem> items) {
}
