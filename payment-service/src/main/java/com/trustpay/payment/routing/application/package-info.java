/** The providers by name, each behind its circuit breaker, and the probe that finds out when one is back. */
package com.trustpay.payment.routing.application;
