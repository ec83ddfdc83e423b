/** Read-only queries behind the internal API. */
package com.trustpay.payment.internal.persistence;
