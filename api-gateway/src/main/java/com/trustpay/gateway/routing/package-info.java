/**
 * Routing: every public path of ARCHITECTURE §8 goes unchanged to the service that owns it (routes in
 * {@code application.yml}); {@code /internal/**} is never routed. Each route has timeouts and its own circuit
 * breaker, whose fallback answers 503 problem JSON while the service is down.
 */
package com.trustpay.gateway.routing;
