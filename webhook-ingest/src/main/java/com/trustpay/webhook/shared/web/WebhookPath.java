package com.trustpay.webhook.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** The webhook endpoints live under {@value #PATTERN}: one path segment, the provider. */
public final class WebhookPath {

    /** The servlet mapping of the webhook endpoints and of the filters in front of them. */
    public static final String PATTERN = "/webhooks/*";

    private WebhookPath() {}

    /**
     * The provider named by a request to {@code /webhooks/{provider}}, or {@code ""} when the path names none or has
     * more segments (such requests are refused as unknown providers).
     */
    public static String provider(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
            return "";
        }
        return path.substring(1);
    }
}
