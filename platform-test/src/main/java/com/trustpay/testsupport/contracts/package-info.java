/**
 * Golden-message checks: the contracts module's golden JSON (in its jar) and the sample records they hold (in its
 * test-jar, {@code ContractSamples}). A consumer extends {@link com.trustpay.testsupport.contracts.ConsumedMessagesContract}
 * and names the types it consumes; a producer compares what it builds with
 * {@link com.trustpay.testsupport.contracts.GoldenMessages#assertShapedLikeGolden}.
 */
package com.trustpay.testsupport.contracts;
