package com.trustpay.escrow;

import com.trustpay.escrow.identity.application.AdminGrantCommand;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** escrow-service: users and login, escrows and their state machine (port 8081). */
@SpringBootApplication
public class EscrowServiceApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EscrowServiceApplication.class);
        if (AdminGrantCommand.requested(args)) {
            application.addInitializers(EscrowServiceApplication::asCommand);
        }
        application.run(args);
    }

    /**
     * The operator's command runs beside the running service: on ports of its own choosing and without consuming
     * Kafka, so it neither collides with the service nor takes its partitions.
     */
    private static void asCommand(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "admin-command",
                        Map.of(
                                "server.port", "0",
                                "management.server.port", "0",
                                "spring.kafka.listener.auto-startup", "false")));
    }
}
