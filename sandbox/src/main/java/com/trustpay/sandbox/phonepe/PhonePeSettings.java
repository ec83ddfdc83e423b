package com.trustpay.sandbox.phonepe;

import com.trustpay.sandbox.common.Resettable;
import java.time.Duration;

/**
 * The run-time knobs of the PhonePe stand-in ({@code PUT /sandbox/phonepe/settings}); reset puts back the
 * configured values.
 *
 * @param tokenTtl real-time lifetime of tokens issued from now on
 * @param payerDelay virtual time the collect payer takes
 * @param refundAutoResolve virtual time until a PENDING refund completes by itself; zero turns that off
 */
record PhonePeSettings(Duration tokenTtl, Duration payerDelay, Duration refundAutoResolve) {

    /** The live settings, swapped whole. */
    static final class Live implements Resettable {

        private final PhonePeSettings initial;
        private volatile PhonePeSettings current;

        Live(PhonePeProperties props) {
            this.initial = new PhonePeSettings(props.tokenTtl(), props.payerDelay(), props.refundAutoResolve());
            this.current = initial;
        }

        PhonePeSettings get() {
            return current;
        }

        /** Changes the non-null parts. */
        synchronized PhonePeSettings update(PhonePeSettings change) {
            if (change.tokenTtl() != null
                    && (change.tokenTtl().isNegative() || change.tokenTtl().isZero())) {
                throw PhonePeException.badRequest("tokenTtl must be positive");
            }
            PhonePeSettings old = current;
            current = new PhonePeSettings(
                    change.tokenTtl() != null ? change.tokenTtl() : old.tokenTtl(),
                    change.payerDelay() != null ? change.payerDelay() : old.payerDelay(),
                    change.refundAutoResolve() != null ? change.refundAutoResolve() : old.refundAutoResolve());
            return current;
        }

        @Override
        public synchronized void reset() {
            current = initial;
        }
    }
}
