package com.trustpay.gateway.server;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** The gateway's own HTTP server settings beyond Spring Boot's properties. */
@Configuration(proxyBeanMethods = false)
class ServerConfiguration {

    @Bean
    NettyServerCustomizer keepAliveReadRearm() {
        KeepAliveReadRearm rearm = new KeepAliveReadRearm();
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, KeepAliveReadRearm.NAME, rearm);
            }
        });
    }
}
