package com.trustpay.gateway.sandbox;

import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/** The sandbox payer, only when the sandbox is enabled. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("trustpay.sandbox.enabled")
class SandboxConfiguration {

    @Bean
    SandboxPayer sandboxPayer(SandboxProperties props) {
        HttpClient netty = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2_000)
                .responseTimeout(Duration.ofSeconds(5));
        WebClient http = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(netty))
                .build();
        return new SandboxPayer(http, props, Clock.systemUTC());
    }
}
