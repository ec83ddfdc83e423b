/**
 * The escrow state machine without Spring: the {@link com.trustpay.escrow.escrow.domain.Escrow} aggregate, its
 * {@link com.trustpay.escrow.escrow.domain.EscrowTransitions transition table}, the events its methods return,
 * and the input rules (amount, VPA, title, join codes).
 */
package com.trustpay.escrow.escrow.domain;
