/** Sandbox-only admin endpoints under {@code /sandbox}: state listings, reset and the virtual clock's speed. */
package com.trustpay.sandbox.admin;
