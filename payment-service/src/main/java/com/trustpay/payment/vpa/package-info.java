/**
 * VPAs at rest (ADR 0020): the payer's and payee's VPAs are stored encrypted by the attempt and payout repositories;
 * this feature keeps them under the active data key — its re-encryption job seals rows written before encryption
 * and moves rows sealed under an older key to the active one, every {@code trustpay.crypto.reencrypt-every} and on
 * demand.
 */
package com.trustpay.payment.vpa;
