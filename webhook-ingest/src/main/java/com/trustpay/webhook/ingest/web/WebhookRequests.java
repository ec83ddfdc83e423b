package com.trustpay.webhook.ingest.web;

import com.trustpay.platform.problem.ProblemCodes;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Reads the parts of a webhook request the verifier needs, refusing another content type or a body too large. */
final class WebhookRequests {

    private WebhookRequests() {}

    /**
     * @param expected the provider's media type, e.g. {@code application/json}
     * @throws WebhookProblem 415 unless the content type is {@code expected} (any parameters)
     */
    static void requireContentType(HttpServletRequest request, String expected) {
        String contentType = request.getContentType();
        boolean matches;
        try {
            matches = contentType != null
                    && MediaType.parseMediaType(expected).equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            matches = false;
        }
        if (!matches) {
            throw new WebhookProblem(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ProblemCodes.UNSUPPORTED_MEDIA_TYPE,
                    "These webhooks must be sent as " + expected);
        }
    }

    /** The body exactly as sent. @throws WebhookProblem 413 when it is longer than {@code limit} bytes */
    static byte[] body(HttpServletRequest request, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    /** The request headers, names in lower case, first value of each. */
    static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new HashMap<>();
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            headers.putIfAbsent(name.toLowerCase(Locale.ROOT), request.getHeader(name));
        }
        return headers;
    }

    private static WebhookProblem tooLarge(int limit) {
        return new WebhookProblem(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemCodes.PAYLOAD_TOO_LARGE,
                "Webhook bodies are limited to " + limit + " bytes");
    }
}
