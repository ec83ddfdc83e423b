package com.trustpay.escrow.identity.application;

import com.trustpay.platform.problem.ProblemException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The operator's command {@code java -jar escrow-service.jar --trustpay.admin.grant=<email>} (repeatable): each
 * named account becomes an admin, then the process exits, 0 when every address had an account, 1 otherwise. The
 * service is otherwise started as usual, so the command uses its database settings; {@code EscrowServiceApplication}
 * keeps it off the service's ports and Kafka listeners.
 */
public class AdminGrantCommand implements ApplicationRunner {

    public static final String OPTION = "trustpay.admin.grant";

    /** Ends the process with a status (System.exit after closing the context; a test records it instead). */
    @FunctionalInterface
    public interface Exit {
        void exit(int status);
    }

    private static final Logger log = LoggerFactory.getLogger(AdminGrantCommand.class);

    private final AdminAccess admins;
    private final Exit exit;

    public AdminGrantCommand(AdminAccess admins, Exit exit) {
        this.admins = admins;
        this.exit = exit;
    }

    /** Whether the command line asks for the command. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + OPTION + "="));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = 0;
        for (String email : args.getOptionValues(OPTION)) {
            try {
                admins.grant(email);
                log.info("{} is an admin now; they log in again to get a token with the ADMIN role", email);
            } catch (ProblemException e) {
                log.error("{} was not made an admin: {}", email, e.getMessage());
                status = 1;
            }
        }
        exit.exit(status);
    }
}
