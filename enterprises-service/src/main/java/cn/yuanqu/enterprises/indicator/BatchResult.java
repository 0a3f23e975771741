package cn.yuanqu.enterprises.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch changed: repeated rows with the same figures change nothing. */
@Schema(description = "批量结果 / what the batch changed")
public record BatchResult(
        @Schema(description = "新增 / rows created") int created,
        @Schema(description = "更正 / rows corrected") int updated,
        @Schema(description = "无变化 / rows unchanged") int unchanged) {
}
