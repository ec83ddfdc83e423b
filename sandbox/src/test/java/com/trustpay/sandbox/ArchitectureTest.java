package com.trustpay.sandbox;

import com.trustpay.testsupport.architecture.ArchitectureRules;
import com.trustpay.testsupport.architecture.ModuleLayout;

/**
 * The shared TrustPay rules over the sandbox's feature packages: one per simulated API and one per knob. It has no
 * roles inside a feature, so the layering rules do not apply.
 */
class ArchitectureTest extends ArchitectureRules {

    ArchitectureTest() {
        super(ModuleLayout.of("com.trustpay.sandbox")
                .feature("setu")
                .feature("payouts")
                .feature("webhooks")
                .feature("faults")
                .feature("clock")
                .feature("phonepe"));
    }
}
