/** Small helpers shared by the Setu and RazorpayX stand-ins: id generators, HMAC, test-VPA rules. */
package com.trustpay.sandbox.common;
