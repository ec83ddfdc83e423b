package com.trustpay.sandbox.setu.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Setu's {@code reason} object on payments, collects and VPA checks. Serialises as {@code {}} when empty.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(
        String code,
        String desc,
        String npciErrCode,
        String npciErrDesc,
        String npciErrCategory,
        String npciRespCode,
        String npciRespDesc,
        String setuDescription,
        String suggestedAction) {

    public static final Reason EMPTY = new Reason(null, null, null, null, null, null, null, null, null);

    public static final Reason SUCCESS =
            new Reason("payment-success", "SUCCESS", "00", "SUCCESS", "NA", "00", "SUCCESS", "", "");

    public static final Reason PENDING = new Reason(
            "payment-pending", "PENDING", "XY", "TRANSACTION PENDING", "TD", "XY", "TRANSACTION PENDING", "", "");

    public static final Reason DEBIT_FAILED = new Reason(
            "payment-failed",
            "INVALID / INCORRECT MPIN",
            "U30",
            "DEBIT HAS BEEN FAILED",
            "BD",
            "ZM",
            "INVALID / INCORRECT MPIN",
            "",
            "");

    /** Sandbox choice: NPCI {@code ZH} for a payer VPA that does not exist. */
    public static final Reason INVALID_VPA = new Reason(
            "payment-failed",
            "INVALID VIRTUAL ADDRESS",
            "ZH",
            "INVALID VIRTUAL ADDRESS",
            "BD",
            "ZH",
            "INVALID VIRTUAL ADDRESS",
            "",
            "");

    /** Sandbox choice: NPCI {@code U69} (unconfirmed meaning "collect expired") on expiry. */
    public static final Reason EXPIRED = new Reason(
            "payment-expired",
            "COLLECT REQUEST EXPIRED",
            "U69",
            "COLLECT REQUEST EXPIRED",
            "BD",
            "U69",
            "COLLECT REQUEST EXPIRED",
            "",
            "");

    /** A failure forced by the mock payer with an explicit NPCI response code. */
    public static Reason forced(String npciCode) {
        return new Reason(
                "payment-failed",
                "PAYER PSP DECLINED",
                "U30",
                "DEBIT HAS BEEN FAILED",
                "BD",
                npciCode,
                "PAYER PSP DECLINED",
                "",
                "");
    }
}
