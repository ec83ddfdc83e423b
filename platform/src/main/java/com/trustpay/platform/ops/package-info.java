/**
 * Operations plumbing: {@link com.trustpay.platform.ops.OpsAlerts} raises the contract's {@code AdminAlert} through
 * the outbox with the service's name as source, throttled per kind and key.
 */
package com.trustpay.platform.ops;
