/**
 * Problems for servlet services: {@link com.trustpay.platform.web.servlet.ServletProblems} writes one to any
 * servlet response (filters and plain servlets), {@link com.trustpay.platform.web.servlet.ProblemHandler} turns
 * every exception of a Spring MVC controller into one, {@link
 * com.trustpay.platform.web.servlet.ProblemErrorController} answers the container's error dispatches, and the
 * Spring Security entry point and access-denied handler answer refused tokens and callers. {@link
 * com.trustpay.platform.web.servlet.ResourceServerDefaults} applies the shared JWT resource-server rules.
 */
package com.trustpay.platform.web.servlet;
