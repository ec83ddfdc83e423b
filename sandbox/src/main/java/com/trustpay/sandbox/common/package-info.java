/**
 * Small helpers shared by the Setu and RazorpayX stand-ins: id generators, HMAC, constant-time credential checks,
 * test-VPA rules, the reset hook, and the provider error base that each stand-in renders in its own shape.
 */
package com.trustpay.sandbox.common;
