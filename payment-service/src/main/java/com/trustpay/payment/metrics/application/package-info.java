/** The meters themselves; they know Micrometer and the transaction, nothing of the features that call them. */
package com.trustpay.payment.metrics.application;
