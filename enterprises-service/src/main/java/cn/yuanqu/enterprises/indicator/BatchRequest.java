package cn.yuanqu.enterprises.indicator;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of monthly reports (many enterprises and months), written all or nothing. */
@Schema(description = "批量月报（全部通过才写入） / a batch of monthly reports, all or nothing")
public record BatchRequest(@Schema(description = "行（最多5000） / rows (at most 5000)", required = true) List<BatchRow> rows) {
}
