package com.trustpay.escrow.identity.messaging;

import com.trustpay.contracts.identity.UserRegistered;
import com.trustpay.escrow.identity.application.AccountEvents;
import com.trustpay.escrow.identity.domain.User;
import com.trustpay.platform.outbox.Outbox;

/** Publishes {@code UserRegistered} on {@code identity.events} through the outbox, so it commits with the account. */
public class OutboxAccountEvents implements AccountEvents {

    private final Outbox outbox;

    public OutboxAccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void registered(User user) {
        outbox.publish(new UserRegistered(user.id(), user.name(), user.email()));
    }
}
