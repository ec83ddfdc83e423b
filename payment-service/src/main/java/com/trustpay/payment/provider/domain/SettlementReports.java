package com.trustpay.payment.provider.domain;

import java.time.LocalDate;
import java.util.List;

/** The collection provider's daily settlement report (India dates), as acquirers deliver them. */
public interface SettlementReports {

    /** The payments settled on {@code day} (an India date). */
    ProviderResult<List<SettledPayment>> settlementReport(LocalDate day);
}
