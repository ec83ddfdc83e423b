package com.trustpay.notification.directory.domain;

import java.util.UUID;

/** Someone with an account: the name others see and the address mail goes to (may be unknown). */
public record Person(UUID userId, String displayName, String email) {}
