/**
 * Request ids and the access log: every request gets an {@code X-Request-Id} (the caller's, when it is well
 * formed, or a new one) that is passed on to the service, returned to the caller and written in the access log.
 */
package com.trustpay.gateway.requestid;
