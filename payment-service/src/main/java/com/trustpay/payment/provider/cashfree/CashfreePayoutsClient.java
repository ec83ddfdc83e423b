package com.trustpay.payment.provider.cashfree;

import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.PayoutSpec;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.http.Json;
import com.trustpay.payment.provider.http.ProviderHttp;
import io.micrometer.observation.ObservationRegistry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * Cashfree Payouts V2: {@code POST /payout/transfers} (Standard Transfer V2, {@code transfer_mode: upi}, the payee's
 * UPI ID given inline, no beneficiary added first) and {@code GET /payout/transfers?transfer_id=…} (Get Transfer Status
 * V2).
 *
 * <p>Cashfree has no idempotency header: the {@code transfer_id} is the key. It takes letters, digits and underscores,
 * so our reference's hyphens travel as underscores (our references have none of their own) and come back as hyphens.
 * A second create with the same {@code transfer_id} is refused as a duplicate (409, which the HTTP layer reads as an
 * unknown outcome); the create then reads the transfer by its id, so re-sending after a lost answer returns the one
 * transfer instead of failing. Cashfree's own advice on a 5xx is the same: do not send again, read the status.
 *
 * <p>Amounts are rupees with two decimals at Cashfree, paise everywhere else; statuses are mapped into the port's
 * words ({@code processed}, {@code processing}, {@code failed}, {@code reversed}), and one we do not know makes the
 * answer unreadable (an unknown outcome), never a guess.
 */
public final class CashfreePayoutsClient implements PayoutProvider {

    private static final Set<String> PROCESSING =
            Set.of("RECEIVED", "PENDING", "QUEUED", "APPROVAL_PENDING", "SCHEDULED");
    private static final Set<String> FAILED = Set.of("FAILED", "REJECTED", "MANUALLY_REJECTED");

    private final ProviderHttp http;
    private final CashfreeProperties props;

    public CashfreePayoutsClient(CashfreeProperties props) {
        this(props, ObservationRegistry.NOOP);
    }

    /** With every call observed, as for the other adapters (ADR 0015). */
    public CashfreePayoutsClient(CashfreeProperties props, ObservationRegistry observations) {
        this.http = new ProviderHttp("cashfree", props.http(), observations);
        this.props = props;
    }

    @Override
    public byte[] requestBody(PayoutSpec spec) {
        Map<String, Object> instrument = new LinkedHashMap<>();
        instrument.put("vpa", spec.payeeVpa());
        Map<String, Object> beneficiary = new LinkedHashMap<>();
        beneficiary.put("beneficiary_name", spec.payeeName());
        beneficiary.put("beneficiary_instrument_details", instrument);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transfer_id", transferId(spec.idempotencyKey()));
        body.put("transfer_amount", BigDecimal.valueOf(spec.amountPaise(), 2));
        body.put("transfer_currency", "INR");
        body.put("transfer_mode", "upi");
        body.put("beneficiary_details", beneficiary);
        body.put("transfer_remarks", remarks(spec.narration()));
        return ProviderHttp.jsonBytes(body);
    }

    @Override
    public ProviderResult<ProviderPayout> create(String idempotencyKey, byte[] body) {
        Request request = authorised(new Request.Builder().url(props.baseUrl() + "/payout/transfers"))
                .header("x-request-id", transferId(idempotencyKey))
                .post(ProviderHttp.json(body))
                .build();
        ProviderResult<ProviderPayout> created =
                http.call("POST /payout/transfers", request, CashfreePayoutsClient::transfer);
        if (created instanceof ProviderResult.Unknown<ProviderPayout> unknown
                && unknown.call().httpStatus() == 409) {
            ProviderResult<Optional<ProviderPayout>> found = findByReference(idempotencyKey);
            if (found instanceof ProviderResult.Ok<Optional<ProviderPayout>> ok
                    && ok.value().isPresent()) {
                return new ProviderResult.Ok<>(ok.value().get(), ok.call());
            }
            return unknown;
        }
        return created;
    }

    @Override
    public ProviderResult<ProviderPayout> read(String payoutId) {
        HttpUrl url = HttpUrl.get(props.baseUrl() + "/payout/transfers")
                .newBuilder()
                .addQueryParameter("cf_transfer_id", payoutId)
                .build();
        Request request = authorised(new Request.Builder().url(url)).get().build();
        return http.call("GET /payout/transfers?cf_transfer_id=" + payoutId, request, CashfreePayoutsClient::transfer);
    }

    /** Get Transfer Status V2 by our {@code transfer_id}; a 404 means Cashfree has no such transfer. */
    @Override
    public ProviderResult<Optional<ProviderPayout>> findByReference(String reference) {
        HttpUrl url = HttpUrl.get(props.baseUrl() + "/payout/transfers")
                .newBuilder()
                .addQueryParameter("transfer_id", transferId(reference))
                .build();
        Request request = authorised(new Request.Builder().url(url)).get().build();
        ProviderResult<ProviderPayout> found = http.call(
                "GET /payout/transfers?transfer_id=" + transferId(reference), request, CashfreePayoutsClient::transfer);
        if (found instanceof ProviderResult.Rejected<ProviderPayout> r && r.notFound()) {
            return new ProviderResult.Ok<>(Optional.empty(), r.call());
        }
        return found.map(Optional::of);
    }

    private Request.Builder authorised(Request.Builder request) {
        return request.header("x-client-id", props.clientId())
                .header("x-client-secret", props.clientSecret())
                .header("x-api-version", props.apiVersion());
    }

    static String transferId(String reference) {
        return reference.replace('-', '_');
    }

    static String reference(String transferId) {
        return transferId == null ? null : transferId.replace('_', '-');
    }

    /** Cashfree's remarks take letters, digits and spaces only, at most 70 of them. */
    static String remarks(String narration) {
        String clean = narration == null
                ? ""
                : narration.replaceAll("[^A-Za-z0-9 ]", " ").strip();
        return clean.length() > 70 ? clean.substring(0, 70).strip() : clean;
    }

    static ProviderPayout transfer(JsonNode t) {
        String id = Json.text(t, "cf_transfer_id");
        if (id == null) {
            throw new IllegalArgumentException("no cf_transfer_id in the answer");
        }
        String status = Json.text(t, "status");
        String ours;
        if ("SUCCESS".equals(status)) {
            ours = "processed";
        } else if ("REVERSED".equals(status)) {
            ours = "reversed";
        } else if (FAILED.contains(status)) {
            ours = "failed";
        } else if (PROCESSING.contains(status)) {
            ours = "processing";
        } else {
            throw new IllegalArgumentException("transfer status " + status + " is not one we know");
        }
        JsonNode amount = t.path("transfer_amount");
        if (!amount.isNumber() && !amount.isString()) {
            throw new IllegalArgumentException("no transfer_amount in the answer");
        }
        long paise = new BigDecimal(amount.asString()).movePointRight(2).longValueExact();
        boolean settledBadly = "failed".equals(ours) || "reversed".equals(ours);
        return new ProviderPayout(
                id,
                reference(Json.text(t, "transfer_id")),
                paise,
                ours,
                Json.text(t, "transfer_utr"),
                settledBadly ? Json.text(t, "status_code") : null,
                settledBadly ? Json.text(t, "status_description") : null);
    }
}
