package com.trustpay.notification.notification.application;

import java.util.UUID;

/** Where the web UI shows an escrow, for the links in notifications and mails. */
public record Links(String publicBaseUrl) {

    public Links {
        publicBaseUrl =
                publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public String escrow(UUID escrowId) {
        return publicBaseUrl + "/#/e/" + escrowId;
    }

    public String pay(UUID escrowId) {
        return escrow(escrowId) + "/pay";
    }

    public String admin() {
        return publicBaseUrl + "/#/admin";
    }
}
