package com.trustpay.reconciliation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** reconciliation-service: compares escrow-service's beliefs with payment-service's records (port 8085). */
@SpringBootApplication
public class ReconciliationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReconciliationServiceApplication.class, args);
    }
}
