package com.trustpay.escrow.identity.application;

import com.trustpay.escrow.identity.domain.User;

/** Tells the other services who a new user is, in the caller's transaction (notification-service keeps a projection). */
public interface AccountEvents {

    void registered(User user);
}
