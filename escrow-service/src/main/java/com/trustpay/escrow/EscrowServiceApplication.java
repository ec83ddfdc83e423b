package com.trustpay.escrow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** escrow-service: users and login, escrows and their state machine (port 8081). */
@SpringBootApplication
public class EscrowServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EscrowServiceApplication.class, args);
    }
}
