package cn.yuanqu.gateway.safety;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A hazard as an officer records it in an inspection. {@code criteria} are the codes of the major-hazard
 * criteria it matches: any active one makes it major, whatever {@code level} says.
 */
@Input("HazardInput")
@Description("隐患登记 / a hazard found in an inspection")
public record HazardInput(
        @NonNull @Description("发现隐患的检查记录ID / the inspection it was found in") String inspectionId,
        @NonNull @Description("等级（命中重大隐患判定标准时自动为重大） / level") HazardLevel level,
        @DefaultValue("[]") @Description("命中的重大隐患判定标准编号 / codes of the major-hazard criteria matched") List<String> criteria,
        @NonNull @Description("隐患类别，如 消防通道、电气线路、特种作业 / category") String category,
        @Description("部位 / location") String location,
        @NonNull @Description("隐患描述 / description") String description,
        @NonNull @Description("整改期限 / deadline") LocalDate deadline,
        @NonNull @Description("整改责任人 / responsible person") String responsiblePerson,
        @Description("下达的文书 / notice issued") NoticeType noticeType,
        @Description("文书编号（园区内唯一） / notice number, unique in the park") String noticeNo) {
}
