/**
 * Problems for the WebFlux gateway: {@link com.trustpay.platform.web.reactive.ReactiveProblems} writes one to a
 * reactive response (web filters, security handlers), {@link
 * com.trustpay.platform.web.reactive.ProblemWebExceptionHandler} answers every error nothing else answered, and
 * the Spring Security entry point and access-denied handler answer refused tokens and callers. {@link
 * com.trustpay.platform.web.reactive.ReactiveResourceServerDefaults} applies the shared JWT resource-server rules.
 */
package com.trustpay.platform.web.reactive;
