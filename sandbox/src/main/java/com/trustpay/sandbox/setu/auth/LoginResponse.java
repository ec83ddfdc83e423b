package com.trustpay.sandbox.setu.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"access_token": "<JWT>", "refresh_token": ""}}; Setu documents no {@code expires_in}. */
record LoginResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken) {}
