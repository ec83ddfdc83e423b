/** The poll schedule, as a pure function of age. */
package com.trustpay.payment.polling.domain;
