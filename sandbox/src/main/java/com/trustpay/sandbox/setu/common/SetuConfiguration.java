package com.trustpay.sandbox.setu.common;

import com.trustpay.sandbox.webhooks.WebhookOutbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the Setu notification builder. */
@Configuration(proxyBeanMethods = false)
class SetuConfiguration {

    @Bean
    SetuNotifier setuNotifier(WebhookOutbox outbox, JsonMapper json) {
        return new SetuNotifier(outbox, json);
    }
}
