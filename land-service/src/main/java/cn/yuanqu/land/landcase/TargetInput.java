package cn.yuanqu.land.landcase;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's disposal target: the share of the stock at the start of the year (e.g. 0.6 for 60%). */
@Input("DisposalTargetInput")
@Description("年度处置目标 / a year's disposal target")
@Schema(description = "年度闲置低效用地处置目标（年初存量的比例，如0.6即60%） / share of the stock at the start of the year")
public record TargetInput(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
        @Description("处置比例（0–1） / share to dispose of") BigDecimal clearedShare,
        @Size(max = 500) @Description("说明（如文件依据） / note, e.g. the document setting it") String note) {
}
