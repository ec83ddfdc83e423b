/** Test support: the events of escrow stories fed to the real topics, and admin requests to the API. */
package com.trustpay.reconciliation.support;
