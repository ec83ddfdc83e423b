/** The internal read API and its security: Spring Security's matchers and the {@code X-Internal-Token}. */
package com.trustpay.payment.internal.web;
