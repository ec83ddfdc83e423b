/**
 * What the servlet endpoints of both features share: reading the provider from the path. Their problem bodies are
 * written by platform-web's {@code ServletProblems}.
 */
package com.trustpay.webhook.shared.web;
