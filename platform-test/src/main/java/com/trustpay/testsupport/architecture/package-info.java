/**
 * The one ArchUnit rule set of TrustPay. A service's {@code ArchitectureTest} extends
 * {@link com.trustpay.testsupport.architecture.LayeredArchitectureRules} (feature then role: domain, application,
 * web, messaging, persistence) or, for a module without roles, {@link com.trustpay.testsupport.architecture.ArchitectureRules},
 * describes its packages in a {@link com.trustpay.testsupport.architecture.ModuleLayout}, and adds its own rules. No
 * rule may pass on an empty selection, and every package a layout names must exist.
 */
package com.trustpay.testsupport.architecture;
