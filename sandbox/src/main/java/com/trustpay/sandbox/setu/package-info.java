/**
 * Stand-in for Setu "UPI Setu" (PROVIDERS.md section 1): token service, merchant APIs under {@code /api}, the
 * sandbox mocks Setu documents, and {@code payment.*}, {@code refund.*} and {@code customer_vpa.*} notifications.
 */
package com.trustpay.sandbox.setu;
