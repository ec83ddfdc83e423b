/** Test helpers: reading what the service published to Kafka. */
package com.trustpay.escrow.support;
