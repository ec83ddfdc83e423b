/**
 * Dead letters: the records a consumer of this service gave up on, kept in the service's {@code dead_letter} table
 * with an admin alert, counted by the gauge {@code trustpay.deadletters.open}, and replayed or discarded by an
 * operator through the {@code deadletters} actuator endpoint. Transient failures never get here (see
 * {@link com.trustpay.platform.messaging.FailureClassifier}).
 */
package com.trustpay.platform.deadletter;
