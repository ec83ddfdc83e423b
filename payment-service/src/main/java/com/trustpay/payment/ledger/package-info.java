/**
 * The double-entry ledger (ADR 0008): per escrow a HELD, a PAID_OUT and a REFUNDED account, per provider a
 * clearing account, and TigerBeetle-style transfers (single-phase, or pending then posted or voided) with ids
 * derived from the business event they record, so a repeated event is a no-op. Each transfer is written in the
 * transaction of the state change it records; the database keeps the HELD account from being overdrawn.
 */
package com.trustpay.payment.ledger;
