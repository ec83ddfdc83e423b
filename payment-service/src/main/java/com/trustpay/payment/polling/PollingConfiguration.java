package com.trustpay.payment.polling;

import com.trustpay.payment.polling.application.DueWork;
import com.trustpay.payment.polling.application.Poller;
import com.trustpay.platform.scheduling.PeriodicJob;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the poller over every {@link DueWork} the features register and runs it every {@code payment.polling.tick}
 * (off with {@code payment.polling.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
class PollingConfiguration {

    @Bean
    Poller poller(Map<String, DueWork> work, PollingProperties props) {
        return new Poller(work, props);
    }

    @Bean
    @ConditionalOnProperty(name = "payment.polling.enabled", matchIfMissing = true)
    PeriodicJob pollingRounds(Poller poller, PollingProperties props) {
        return new PeriodicJob("payment-polling", props.tick(), poller::pollOnce);
    }
}
