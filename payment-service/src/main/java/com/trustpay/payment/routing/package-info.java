/**
 * Which collection provider takes a payment attempt: a configured order of providers, each with the modes and the
 * amounts it takes, and each provider's health from a circuit breaker fed by the outcomes of every real call made
 * to it. The choice is made once, when the attempt is recorded, and kept with it: an attempt never moves to
 * another provider, so one escrow never has two live ways to pay (a retry is a new attempt, made only after the
 * previous one is definitely not payable).
 */
package com.trustpay.payment.routing;
