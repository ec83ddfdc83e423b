package com.trustpay.gateway.ui;

/**
 * What the UI needs to know about this deployment.
 *
 * @param sandbox whether the "Simulate payment" control is offered (local runs against the sandbox)
 * @param pollMillis how often an open screen refreshes the escrow it shows
 */
record UiSettings(boolean sandbox, int pollMillis) {}
