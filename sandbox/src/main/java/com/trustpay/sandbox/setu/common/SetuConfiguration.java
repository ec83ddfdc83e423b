package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.webhooks.WebhookOutbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Setu notification builder. */
@Configuration(proxyBeanMethods = false)
class SetuConfiguration {

    @Bean
    SetuNotifier setuNotifier(WebhookOutbox outbox) {
        return new SetuNotifier(outbox);
    }
}
