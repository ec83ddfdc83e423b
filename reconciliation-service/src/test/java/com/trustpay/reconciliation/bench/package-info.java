/** The matching engine's benchmark (test code: never in a production jar); run it with bench/reconciliation/run.sh. */
package com.trustpay.reconciliation.bench;
