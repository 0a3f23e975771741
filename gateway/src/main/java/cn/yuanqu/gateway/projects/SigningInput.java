package cn.yuanqu.gateway.projects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Signing a lead: the project it becomes (its {@code signedOn} is the signing date). */
@Description("线索签约：形成的项目 / signing a lead: the project it becomes")
@Input("SigningInput")
public record SigningInput(
        @NonNull @Description("项目登记信息（签约日期即签约日） / the project; signedOn is the signing date") ProjectInput project) {
}
