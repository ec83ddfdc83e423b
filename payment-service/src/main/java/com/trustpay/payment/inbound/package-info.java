/**
 * What arrives from Kafka: commands from escrow-service ({@code escrow.commands}) and verified provider webhooks
 * from webhook-ingest ({@code provider.webhooks}). A webhook is only a hint: it names the attempt, payout or refund
 * to read back from the provider now.
 */
package com.trustpay.payment.inbound;
