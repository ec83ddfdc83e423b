/**
 * The TrustPay API gateway: routes the public API (ARCHITECTURE §8) to the services that own it, checks bearer
 * tokens, limits request rates, stamps request ids and security headers, and serves the web UI.
 */
package com.trustpay.gateway;
