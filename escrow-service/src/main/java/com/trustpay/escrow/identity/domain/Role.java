package com.trustpay.escrow.identity.domain;

/** What a user may do: every user is a USER; ADMIN adds operations (dispute decisions, release retries). */
public enum Role {
    USER,
    ADMIN
}
