package com.trustpay.sandbox.payouts;

import com.trustpay.sandbox.common.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /v1/payouts} and {@code GET /v1/payouts/{id}} with HTTP Basic auth (key id : key secret). */
@RestController
class PayoutsController {

    private final PayoutService service;
    private final PayoutProperties props;
    private final JsonMapper json;

    PayoutsController(PayoutService service, PayoutProperties props, JsonMapper json) {
        this.service = service;
        this.props = props;
        this.json = json;
    }

    @PostMapping("/v1/payouts")
    PayoutView create(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestHeader(value = "X-Payout-Idempotency", required = false) String key,
            @RequestBody byte[] raw) {
        authenticate(authorization);
        JsonNode body;
        CreatePayoutRequest request;
        try {
            body = json.readTree(raw);
            request = json.treeToValue(body, CreatePayoutRequest.class);
        } catch (JacksonException e) {
            throw PayoutException.unreadableBody();
        }
        return service.create(key, body, request);
    }

    /**
     * RazorpayX's "fetch all payouts" for the business account, filtered by {@code reference_id}: how a caller whose
     * create answer was lost finds the payout by its own reference.
     */
    @GetMapping("/v1/payouts")
    Map<String, Object> list(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(value = "account_number", required = false) String accountNumber,
            @RequestParam(value = "reference_id", required = false) String referenceId) {
        authenticate(authorization);
        if (accountNumber == null || !accountNumber.equals(props.accountNumber())) {
            throw PayoutException.badRequest("The account number is invalid", "account_number");
        }
        List<PayoutView> items = service.all().stream()
                .filter(p -> referenceId == null || referenceId.equals(p.referenceId()))
                .map(Payout::view)
                .sorted(Comparator.comparing(PayoutView::createdAt).reversed())
                .toList();
        return Map.of("entity", "collection", "count", items.size(), "items", items);
    }

    @GetMapping("/v1/payouts/{id}")
    PayoutView fetch(
            @RequestHeader(value = "Authorization", required = false) String authorization, @PathVariable String id) {
        authenticate(authorization);
        return service.fetch(id);
    }

    private void authenticate(String authorization) {
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((props.keyId() + ":" + props.keySecret()).getBytes(StandardCharsets.UTF_8));
        if (!Credentials.matches(expected, authorization)) {
            throw PayoutService.unauthorized();
        }
    }
}
