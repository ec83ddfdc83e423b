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

    public static final Reason SUCCESS = npci("payment-success", "00", "SUCCESS", "NA");

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
    public static final Reason INVALID_VPA = npci("payment-failed", "ZH", "INVALID VIRTUAL ADDRESS", "BD");

    /** Sandbox choice: NPCI {@code U69} (unconfirmed meaning "collect expired") on expiry. */
    public static final Reason EXPIRED = npci("payment-expired", "U69", "COLLECT REQUEST EXPIRED", "BD");

    /**
     * A reason whose NPCI error and response are the same code and description, which Setu also uses as its own
     * {@code desc}; the sandbox leaves {@code setuDescription} and {@code suggestedAction} empty.
     *
     * @param category {@code NA}, {@code TD} (technical decline) or {@code BD} (business decline)
     */
    public static Reason npci(String code, String npciCode, String description, String category) {
        return new Reason(code, description, npciCode, description, category, npciCode, description, "", "");
    }

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
