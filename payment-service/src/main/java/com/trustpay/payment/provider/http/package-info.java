/** The OkHttp helper both provider adapters use: timeouts, pool, error mapping to Ok / Rejected / Unknown. */
package com.trustpay.payment.provider.http;
