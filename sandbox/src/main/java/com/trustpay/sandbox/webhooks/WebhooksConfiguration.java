package com.trustpay.sandbox.webhooks;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.faults.FaultSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the webhook targets, the HTTP sender and the outbox. */
@Configuration(proxyBeanMethods = false)
class WebhooksConfiguration {

    @Bean
    WebhookTargets webhookTargets(WebhookProperties props) {
        return new WebhookTargets(props);
    }

    @Bean
    WebhookOutbox webhookOutbox(
            VirtualClock clock,
            FaultSettings faults,
            WebhookTargets targets,
            WebhookProperties props,
            JsonMapper json) {
        return new WebhookOutbox(clock, faults, targets, new WebhookSender(props.timeout()), json);
    }
}
