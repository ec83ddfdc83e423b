/** The Setu UPI adapter: token cache, merchant calls, Dynamic QR, collect, payment reads and refunds. */
package com.trustpay.payment.provider.setu;
