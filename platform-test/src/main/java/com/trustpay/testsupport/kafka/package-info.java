/**
 * Reading what was published: {@link com.trustpay.testsupport.kafka.TopicRecorder} records topics and decodes
 * TrustPay envelopes, and a test waits for the message it expects with a bounded wait, never a sleep.
 */
package com.trustpay.testsupport.kafka;
