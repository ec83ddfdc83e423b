package com.trustpay.webhook;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** webhook-ingest: the front door for provider webhooks (ARCHITECTURE §4 step 3). */
@SpringBootApplication
public class WebhookIngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebhookIngestApplication.class, args);
    }
}
