/**
 * UPI words for people: {@link com.trustpay.platform.upi.UpiDeclines} turns a bank's or provider's decline code into
 * what the payer can do about it, the one table every service that tells a person why a payment failed reads.
 */
package com.trustpay.platform.upi;
