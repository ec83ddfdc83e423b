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
     * RazorpayX's "fetch all payouts" for the business account: filtered by {@code reference_id} (how a caller whose
     * create answer was lost finds the payout by its own reference) and/or by {@code created_at} in
     * {@code [from, to]} (epoch seconds, both inclusive as Razorpay's list APIs do), newest first, paged by
     * {@code skip} and {@code count} (default 10, at most 100): how reconciliation lists every payout of a window.
     */
    @GetMapping("/v1/payouts")
    Map<String, Object> list(
            @RequestHeader(value = "Authorization", required = false) String authorization,
            @RequestParam(value = "account_number", required = false) String accountNumber,
            @RequestParam(value = "reference_id", required = false) String referenceId,
            @RequestParam(value = "from", required = false) Long from,
            @RequestParam(value = "to", required = false) Long to,
            @RequestParam(value = "count", required = false) Integer count,
            @RequestParam(value = "skip", required = false) Integer skip) {
        authenticate(authorization);
        if (accountNumber == null || !accountNumber.equals(props.accountNumber())) {
            throw PayoutException.badRequest("The account number is invalid", "account_number");
        }
        int pageSize = count == null ? 10 : count;
        int offset = skip == null ? 0 : skip;
        if (pageSize < 1 || pageSize > 100) {
            throw PayoutException.badRequest("The count must be between 1 and 100", "count");
        }
        if (offset < 0) {
            throw PayoutException.badRequest("The skip must be at least 0", "skip");
        }
        if (from != null && to != null && to < from) {
            throw PayoutException.badRequest("The to must be at or after from", "to");
        }
        List<PayoutView> items = service.all().stream()
                .filter(p -> referenceId == null || referenceId.equals(p.referenceId()))
                .map(Payout::view)
                .filter(v -> from == null || v.createdAt() >= from)
                .filter(v -> to == null || v.createdAt() <= to)
                .sorted(Comparator.comparing(PayoutView::createdAt).reversed().thenComparing(PayoutView::id))
                .skip(offset)
                .limit(pageSize)
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
