package cn.yuanqu.gateway.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway settings ({@code yuanqu.gateway.*}). */
@ConfigMapping(prefix = "yuanqu.gateway")
public interface GatewayConfig {

    /**
     * The most ids one batched look-up sends to a service; larger batches are split. Services accept
     * at most 500.
     */
    @WithDefault("500")
    int batchSize();
}
