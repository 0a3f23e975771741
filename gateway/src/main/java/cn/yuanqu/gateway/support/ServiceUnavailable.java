package cn.yuanqu.gateway.support;

import io.smallrye.graphql.api.ErrorCode;

/** A downstream service did not answer in time, is down, or its circuit is open. */
@ErrorCode("service-unavailable")
public final class ServiceUnavailable extends GatewayError {

    private final String service;

    public ServiceUnavailable(String service, String serviceZh) {
        super(serviceZh + "暂不可用，请稍后重试 / " + service + " unavailable, retry later");
        this.service = service;
    }

    public String service() {
        return service;
    }

    @Override
    public String code() {
        return "service-unavailable";
    }
}
