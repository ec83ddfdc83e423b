/**
 * The providers' webhook signatures, computed as the providers document them and independently of the code under
 * test: webhook-ingest's tests sign what they send with them, the sandbox's tests check what it signs.
 */
package com.trustpay.testsupport.providers;
