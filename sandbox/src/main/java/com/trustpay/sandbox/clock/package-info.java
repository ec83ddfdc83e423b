/**
 * Virtual clock. Every simulated delay (payer think time, expiries, webhook backoffs) is a virtual duration that
 * runs {@code speed} times faster in real time. Timestamps in payloads stay wall-clock.
 */
package com.trustpay.sandbox.clock;
