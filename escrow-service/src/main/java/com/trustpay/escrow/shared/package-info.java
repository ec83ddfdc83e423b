/**
 * What every feature of escrow-service shares: the {@link com.trustpay.escrow.shared.ProblemException} that the
 * domain and application throw, and (in {@code web}) its translation into RFC 7807 problem responses.
 */
package com.trustpay.escrow.shared;
