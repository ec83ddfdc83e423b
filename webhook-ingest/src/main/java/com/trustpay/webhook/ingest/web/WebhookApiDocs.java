package com.trustpay.webhook.ingest.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * {@code POST /webhooks/{provider}} in the OpenAPI document: the endpoint is {@link WebhookServlet}, a plain servlet
 * that springdoc cannot see, so its contract is written here, beside it (keep the two together).
 */
public final class WebhookApiDocs implements OpenApiCustomizer {

    private static final Map<String, String> RESPONSES = Map.of(
            "200",
                    "Stored once: {status: ACCEPTED, receiptId, stale?} or {status: DUPLICATE} for a provider event seen before",
            "400", "MALFORMED_WEBHOOK: signed but unreadable; kept in quarantine (quarantineId)",
            "401", "The signature (or PhonePe's authorization) does not match; a security alert is raised",
            "404", "UNKNOWN_PROVIDER, or a provider that is not enabled here",
            "405", "METHOD_NOT_ALLOWED: webhooks are sent with POST",
            "413", "The body is over the size limit",
            "415", "Not a media type the provider sends",
            "503", "STORAGE_UNAVAILABLE: not stored; the provider should retry");

    @Override
    public void customise(OpenAPI openApi) {
        ApiResponses responses = new ApiResponses();
        RESPONSES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> responses.addApiResponse(e.getKey(), new ApiResponse().description(e.getValue())));
        Operation receive = new Operation()
                .summary("Receive a provider webhook")
                .description("Verifies the provider's signature over the exact bytes received (Setu x-setu-signature,"
                        + " RazorpayX and Razorpay X-Razorpay-Signature, PhonePe Authorization, PayU's reverse hash,"
                        + " Standard Webhooks), stores it once by the provider's event id, answers at once and"
                        + " publishes ProviderWebhookReceived. No user authentication: the signature is the proof.")
                .addParametersItem(new PathParameter()
                        .name("provider")
                        .description(
                                "setu, razorpayx, phonepe, razorpay, payu or a configured Standard Webhooks provider")
                        .schema(new StringSchema()))
                .requestBody(new RequestBody()
                        .required(true)
                        .content(new Content()
                                .addMediaType("application/json", new MediaType().schema(new StringSchema()))
                                .addMediaType(
                                        "application/x-www-form-urlencoded",
                                        new MediaType().schema(new StringSchema()))))
                .responses(responses);
        openApi.path("/webhooks/{provider}", new PathItem().post(receive));
    }
}
