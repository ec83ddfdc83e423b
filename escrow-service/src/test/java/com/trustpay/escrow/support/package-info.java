/** Test helpers: the service's HTTP API as a test client sees it. */
package com.trustpay.escrow.support;
