package cn.yuanqu.gateway.enterprises;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Registration data of an enterprise; enterprises-service validates it and names bad fields. */
@Description("企业登记信息 / enterprise registration data")
@Input("EnterpriseInput")
public record EnterpriseInput(
        @NonNull @Description("统一社会信用代码（18位，含校验位） / unified social credit code") String creditCode,
        @NonNull @Description("企业名称 / enterprise name") String name,
        @Description("法定代表人 / legal representative") String legalRepresentative,
        @Description("联系人 / contacts") List<ContactInput> contacts,
        @Description("地址 / address") String address,
        @Description("所属行业 / industry") String industry,
        @Description("产业链 / industry chain") String industryChain,
        @Description("网格 / grid") String grid,
        @Description("包保干部 / responsible cadre") String cadre,
        @Description("入园日期（登记时使用，默认今天） / date it settled in the park (registration only)") LocalDate settledOn) {
}
