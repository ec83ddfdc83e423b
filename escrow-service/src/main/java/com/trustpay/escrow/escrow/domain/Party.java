package com.trustpay.escrow.escrow.domain;

import java.util.UUID;

/** One side of an escrow: who they are and where their money comes from or goes to. */
public record Party(UUID userId, String name, String vpa) {}
