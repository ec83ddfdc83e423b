package com.trustpay.sandbox.setu.auth;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Token request; the UMAP spelling ({@code clientID}, {@code secret}) and the other spelling are both accepted. */
record LoginRequest(
        @JsonProperty("clientID") @JsonAlias({"ClientID", "clientId"})
        String clientId,

        @JsonAlias("Secret") String secret,
        @JsonProperty("grant_type") String grantType) {}
