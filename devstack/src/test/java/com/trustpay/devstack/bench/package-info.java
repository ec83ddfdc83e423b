/**
 * Benchmarks on a devstack of their own ({@code devstack/run bench-e2e}); test sources, so they never ship in
 * devstack's jar.
 */
package com.trustpay.devstack.bench;
