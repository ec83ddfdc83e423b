/** The internal read API and its access filter. */
package com.trustpay.payment.internal.web;
