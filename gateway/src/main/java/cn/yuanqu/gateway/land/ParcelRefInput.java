package cn.yuanqu.gateway.land;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A parcel named by park and code (the projects' parcel reference), for land-service's look-up by code. */
@Description("按园区与宗地编号指明的宗地 / a parcel named by park and code")
@Input("ParcelRefInput")
public record ParcelRefInput(
        @NonNull @Description("园区ID / park") String park,
        @NonNull @Description("宗地编号 / parcel code") String code) {
}
