package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.clock.VirtualClock;
import com.trustpay.sandbox.webhooks.WebhookOutbox;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the PhonePe stand-in: settings, token service, order/refund service and the PG APIs' auth check. */
@Configuration(proxyBeanMethods = false)
class PhonePeConfiguration implements WebMvcConfigurer {

    /** Where the stand-in's PhonePe paths live: it stands in for both PhonePe hosts. */
    static final String BASE = "/phonepe/apis/pg-sandbox";

    private final PhonePeSettings.Live settings;
    private final TokenService tokens;

    PhonePeConfiguration(PhonePeProperties props) {
        this.settings = new PhonePeSettings.Live(props);
        this.tokens = new TokenService(props, settings, Clock.systemUTC());
    }

    @Bean
    PhonePeSettings.Live phonePeSettings() {
        return settings;
    }

    @Bean
    TokenService phonePeTokens() {
        return tokens;
    }

    @Bean
    PhonePeService phonePeService(PhonePeProperties props, VirtualClock clock, WebhookOutbox outbox) {
        return new PhonePeService(props, settings, clock, new PhonePeNotifier(outbox, props.merchantId()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PhonePeAuthInterceptor(tokens))
                .addPathPatterns(BASE + "/checkout/**", BASE + "/payments/**");
    }
}
