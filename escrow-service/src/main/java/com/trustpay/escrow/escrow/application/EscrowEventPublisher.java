package com.trustpay.escrow.escrow.application;

import com.trustpay.escrow.escrow.domain.Escrow;
import com.trustpay.escrow.escrow.domain.EscrowEvent;
import java.util.List;

/** Sends what an escrow's events mean to the outside world, in the caller's transaction. */
public interface EscrowEventPublisher {

    void publish(Escrow escrow, List<EscrowEvent> events);
}
