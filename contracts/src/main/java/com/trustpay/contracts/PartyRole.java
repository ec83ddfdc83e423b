package com.trustpay.contracts;

/** The two sides of an escrow. */
public enum PartyRole {
    PAYER,
    PAYEE
}
