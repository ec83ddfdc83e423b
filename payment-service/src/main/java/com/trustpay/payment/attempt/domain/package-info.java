/** Payment attempt values, references and the decision of what a provider read means. */
package com.trustpay.payment.attempt.domain;
