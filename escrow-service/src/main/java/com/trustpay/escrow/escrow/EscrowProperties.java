package com.trustpay.escrow.escrow;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Escrow settings ({@code trustpay.escrow.*}).
 *
 * @param maxAmountPaise this deployment's own cap on one escrow's amount, applied where it is lower than UPI's limit
 *     for the payment mode (AmountLimits); default ₹1,00,000, the same as UPI's
 * @param codeTtl how long a join code works (default 7 days)
 * @param expirySweep how often overdue codes are expired
 * @param listLimit no longer read: the lists are paged (PageRequest, 1–100 per page)
 * @param inspectionSweep how often ended inspection periods are released and reminders sent (ADR 0018)
 * @param inspectionReminderLead how long before the end of the inspection period the payer is reminded (24 hours)
 * @param inspectionDayLength how long one day of an inspection period lasts (1 day); only the sandbox profile may
 *     shorten it, so that system tests see a period lapse in seconds (ADR 0018)
 */
@ConfigurationProperties("trustpay.escrow")
public record EscrowProperties(
        Long maxAmountPaise,
        Duration codeTtl,
        Duration expirySweep,
        Integer listLimit,
        Duration inspectionSweep,
        Duration inspectionReminderLead,
        Duration inspectionDayLength) {

    public EscrowProperties {
        maxAmountPaise = maxAmountPaise == null ? 10_000_000L : maxAmountPaise;
        codeTtl = codeTtl == null ? Duration.ofDays(7) : codeTtl;
        expirySweep = expirySweep == null ? Duration.ofMinutes(1) : expirySweep;
        listLimit = listLimit == null ? 100 : listLimit;
        inspectionSweep = inspectionSweep == null ? Duration.ofMinutes(1) : inspectionSweep;
        inspectionReminderLead = inspectionReminderLead == null ? Duration.ofHours(24) : inspectionReminderLead;
        inspectionDayLength = inspectionDayLength == null ? Duration.ofDays(1) : inspectionDayLength;
    }
}
