package com.trustpay.platform.upi;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Why a UPI payment did not go through, in words that say what to do next: "The UPI PIN was wrong. Try again." rather
 * than "U30: INVALID / INCORRECT MPIN". One table for escrow-service (the payment view and the timeline) and
 * notification-service (the PaymentFailed notification), so the page and the message never disagree.
 *
 * <p>Sources of the codes: PROVIDERS.md §1 and §6.6 (Setu's {@code reason} object: {@code npciErrCode} U30 "debit
 * has been failed" with {@code npciRespCode} ZM "invalid MPIN", YG, U69, ZA, Z9), §2.4 (PhonePe's {@code errorCode}
 * {@code AUTHORIZATION_ERROR} with {@code detailedErrorCode} ZM, {@code PAYMENT_ERROR} / XC, {@code TXN_EXPIRED} /
 * U69), and NPCI's UPI error and response code list as PSPs publish it (Z6, Z7, Z8, ZH, U16, U28, U67), which no NPCI
 * primary document in PROVIDERS.md confirms: their words stay general enough to be true for any close reading.
 */
public final class UpiDeclines {

    /** For a code nobody knows: honest, and still says what the payer can do. */
    public static final String UNKNOWN =
            "The payment did not go through. If money left your account, your bank returns it. Try again, or pay"
                    + " from another UPI app or bank account.";

    static final String WRONG_PIN = "The UPI PIN was wrong. Try again.";
    static final String EXPIRED =
            "The payment request expired before it was paid. Start a new payment when you are ready.";

    private static final Map<String, String> BY_CODE = Map.ofEntries(
            Map.entry("ZM", WRONG_PIN),
            Map.entry("AUTHORIZATION_ERROR", WRONG_PIN),
            Map.entry(
                    "Z6",
                    "The UPI PIN was entered wrongly too many times. Wait a while, or reset your UPI PIN in your UPI"
                            + " app, then try again."),
            Map.entry(
                    "Z9",
                    "There was not enough money in your bank account. Add money or pay from another account, then try"
                            + " again."),
            Map.entry(
                    "Z8",
                    "The amount is over the limit your bank allows for one UPI payment. Pay from another account, or"
                            + " ask your bank about the limit."),
            Map.entry(
                    "Z7",
                    "You reached your bank's daily limit for UPI payments. Try again tomorrow, or pay from another"
                            + " account."),
            Map.entry(
                    "U16",
                    "Your bank declined the payment as a risk check. Try again later, or pay from another account."),
            Map.entry("ZA", "The payment was declined in your UPI app. Try again if you meant to pay."),
            Map.entry("ZH", "The UPI ID does not exist. Check it and try again."),
            Map.entry("U28", "Your bank's UPI service is not available right now. Try again later."),
            Map.entry(
                    "U67",
                    "Your bank did not answer in time. Try again later; if money left your account, it comes back."),
            Map.entry("YG", "The payment could not be completed on the receiving side. Try again later."),
            Map.entry("XC", "Your bank declined the payment. Try again, or pay from another UPI app or bank account."),
            Map.entry("U69", EXPIRED),
            Map.entry("TXN_EXPIRED", EXPIRED),
            Map.entry("EXPIRED", EXPIRED));

    /** "U30: INVALID / INCORRECT MPIN": how escrow-service keeps a failure, the code first when there was one. */
    private static final Pattern STORED = Pattern.compile("^([A-Z][A-Z0-9_]{1,31}|[0-9][A-Z0-9]{1,3}):\\s*(.*)$");

    private UpiDeclines() {}

    /**
     * What to tell the payer about a decline.
     *
     * @param code the NPCI code (or the provider's, when it gave no NPCI one); may be null
     * @param providerWords the provider's description; only read when the code alone says too little (U30 is any
     *     failed debit, and Setu names the cause, such as an invalid MPIN, in its description)
     */
    public static String explain(String code, String providerWords) {
        String known = code == null ? null : BY_CODE.get(code.strip().toUpperCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        String words = providerWords == null ? "" : providerWords.toUpperCase(Locale.ROOT);
        if (words.contains("MPIN") || words.contains("UPI PIN")) {
            return WRONG_PIN;
        }
        if (words.contains("INSUFFICIENT") || words.contains("NOT SUFFICIENT")) {
            return BY_CODE.get("Z9");
        }
        if (words.contains("EXPIRED")) {
            return EXPIRED;
        }
        return UNKNOWN;
    }

    /** The same for a failure kept as one line, {@code "CODE: words"} or just words; null for null. */
    public static String explainStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        var m = STORED.matcher(stored.strip());
        return m.matches() ? explain(m.group(1), m.group(2)) : explain(null, stored);
    }
}
