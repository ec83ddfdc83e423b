package com.trustpay.gateway.routing;

import com.trustpay.platform.problem.ProblemCodes;
import com.trustpay.platform.web.Problem;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The circuit breakers' fallback ({@code forward:/fallback/{service}}): 503 problem JSON naming the service in
 * words, never the technical cause. It has no {@code instance}: the forward has replaced the caller's path.
 */
@RestController
class ServiceUnavailableController {

    private static final Map<String, String> NAMES = Map.of(
            "escrow", "The escrow service",
            "payment", "The payment service",
            "webhook", "The webhook receiver",
            "notification", "The notification service",
            "reconciliation", "The reconciliation service");

    @RequestMapping("/fallback/{service}")
    ResponseEntity<Problem> unavailable(@PathVariable String service) {
        String name = NAMES.getOrDefault(service, "A TrustPay service");
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        return Problem.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        ProblemCodes.SERVICE_UNAVAILABLE,
                        name + " is not answering right now. Please try again in a minute.")
                .toResponseEntity(headers);
    }
}
