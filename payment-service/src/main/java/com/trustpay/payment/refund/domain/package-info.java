/** Refund values and references. */
package com.trustpay.payment.refund.domain;
