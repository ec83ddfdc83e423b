package com.trustpay.payment.provider.razorpayx;

import com.trustpay.payment.provider.domain.ListedPayout;
import com.trustpay.payment.provider.domain.PayoutListing;
import com.trustpay.payment.provider.domain.PayoutProvider;
import com.trustpay.payment.provider.domain.PayoutSpec;
import com.trustpay.payment.provider.domain.ProviderPayout;
import com.trustpay.payment.provider.domain.ProviderResult;
import com.trustpay.payment.provider.http.Json;
import com.trustpay.payment.provider.http.ProviderHttp;
import io.micrometer.observation.ObservationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/**
 * RazorpayX Payouts (PROVIDERS.md §8): a composite payout to the payee's VPA with HTTP Basic auth and the
 * mandatory {@code X-Payout-Idempotency} header. The body is built once from the spec and stored by the caller; a
 * re-send sends those stored bytes, so RazorpayX answers with the same payout.
 */
public final class RazorpayXClient implements PayoutProvider, PayoutListing {

    /** RazorpayX's largest page ({@code count}). */
    static final int PAGE = 100;

    private final ProviderHttp http;
    private final RazorpayXProperties props;
    private final String credentials;

    public RazorpayXClient(RazorpayXProperties props) {
        this(props, ObservationRegistry.NOOP);
    }

    /** With every call observed: a client span sending {@code traceparent}, and a timer (ADR 0015). */
    public RazorpayXClient(RazorpayXProperties props, ObservationRegistry observations) {
        this.http = new ProviderHttp("razorpayx", props.http(), observations);
        this.props = props;
        this.credentials = Credentials.basic(props.keyId(), props.keySecret());
    }

    @Override
    public byte[] requestBody(PayoutSpec spec) {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", spec.payeeName());
        contact.put("type", "customer");
        Map<String, Object> fundAccount = new LinkedHashMap<>();
        fundAccount.put("account_type", "vpa");
        fundAccount.put("vpa", Map.of("address", spec.payeeVpa()));
        fundAccount.put("contact", contact);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account_number", props.accountNumber());
        body.put("amount", spec.amountPaise());
        body.put("currency", "INR");
        body.put("mode", "UPI");
        body.put("purpose", "payout");
        body.put("queue_if_low_balance", true);
        body.put("reference_id", spec.idempotencyKey());
        body.put("narration", spec.narration());
        body.put("fund_account", fundAccount);
        return ProviderHttp.jsonBytes(body);
    }

    @Override
    public ProviderResult<ProviderPayout> create(String idempotencyKey, byte[] body) {
        Request request = new Request.Builder()
                .url(props.baseUrl() + "/v1/payouts")
                .header("Authorization", credentials)
                .header("X-Payout-Idempotency", idempotencyKey)
                .post(ProviderHttp.json(body))
                .build();
        return http.call("POST /v1/payouts", request, RazorpayXClient::payout);
    }

    /** RazorpayX "fetch all payouts" of the business account, filtered by {@code reference_id}. */
    @Override
    public ProviderResult<Optional<ProviderPayout>> findByReference(String reference) {
        HttpUrl url = HttpUrl.get(props.baseUrl() + "/v1/payouts")
                .newBuilder()
                .addQueryParameter("account_number", props.accountNumber())
                .addQueryParameter("reference_id", reference)
                .build();
        Request request = new Request.Builder()
                .url(url)
                .header("Authorization", credentials)
                .get()
                .build();
        return http.call("GET /v1/payouts?reference_id=" + reference, request, tree -> {
            List<ProviderPayout> found = new ArrayList<>();
            for (JsonNode item : tree.path("items")) {
                ProviderPayout p = payout(item);
                if (reference.equals(p.referenceId())) {
                    found.add(p);
                }
            }
            if (!tree.path("items").isArray()) {
                throw new IllegalArgumentException("no items in the answer");
            }
            return found.stream().findFirst();
        });
    }

    @Override
    public ProviderResult<ProviderPayout> read(String payoutId) {
        Request request = new Request.Builder()
                .url(props.baseUrl() + "/v1/payouts/" + payoutId)
                .header("Authorization", credentials)
                .get()
                .build();
        return http.call("GET /v1/payouts/" + payoutId, request, RazorpayXClient::payout);
    }

    /**
     * RazorpayX "fetch all payouts" of the business account created in {@code [from, to)}: {@code from}/{@code to}
     * are epoch seconds and both inclusive at RazorpayX, so {@code to} is sent one second short and items outside
     * the window are dropped; pages of {@link #PAGE} are read with {@code skip} until a short page.
     */
    @Override
    public ProviderResult<List<ListedPayout>> payoutsCreated(Instant from, Instant to) {
        long fromSecond = from.getEpochSecond();
        long toSecond = Math.max(fromSecond, to.minusNanos(1).getEpochSecond());
        List<ListedPayout> all = new ArrayList<>();
        for (int skip = 0; ; skip += PAGE) {
            HttpUrl url = HttpUrl.get(props.baseUrl() + "/v1/payouts")
                    .newBuilder()
                    .addQueryParameter("account_number", props.accountNumber())
                    .addQueryParameter("from", Long.toString(fromSecond))
                    .addQueryParameter("to", Long.toString(toSecond))
                    .addQueryParameter("count", Integer.toString(PAGE))
                    .addQueryParameter("skip", Integer.toString(skip))
                    .build();
            Request request = new Request.Builder()
                    .url(url)
                    .header("Authorization", credentials)
                    .get()
                    .build();
            ProviderResult<List<ListedPayout>> page =
                    http.call("GET /v1/payouts?from&to&skip=" + skip, request, RazorpayXClient::listed);
            if (!(page instanceof ProviderResult.Ok<List<ListedPayout>> ok)) {
                return page;
            }
            for (ListedPayout p : ok.value()) {
                if (!p.createdAt().isBefore(from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                        && p.createdAt().isBefore(to)) {
                    all.add(p);
                }
            }
            if (ok.value().size() < PAGE) {
                return new ProviderResult.Ok<>(List.copyOf(all), ok.call());
            }
        }
    }

    private static List<ListedPayout> listed(JsonNode tree) {
        if (!tree.path("items").isArray()) {
            throw new IllegalArgumentException("no items in the answer");
        }
        List<ListedPayout> items = new ArrayList<>();
        for (JsonNode item : tree.path("items")) {
            items.add(new ListedPayout(payout(item), Instant.ofEpochSecond(Json.number(item, "created_at"))));
        }
        return items;
    }

    static ProviderPayout payout(JsonNode p) {
        JsonNode details = p.path("status_details");
        String id = Json.text(p, "id");
        if (id == null) {
            throw new IllegalArgumentException("no payout id in the answer");
        }
        return new ProviderPayout(
                id,
                Json.text(p, "reference_id"),
                Json.number(p, "amount"),
                Json.text(p, "status"),
                Json.text(p, "utr"),
                Json.text(details, "reason"),
                Json.text(details, "description"));
    }
}
