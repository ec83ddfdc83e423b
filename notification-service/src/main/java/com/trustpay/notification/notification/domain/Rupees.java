package com.trustpay.notification.notification.domain;

/**
 * Paise as people in India write rupees: {@code ₹12,50,000} (lakh and crore grouping: the last three digits, then
 * pairs), with paise only when there are some ({@code ₹1,250.50}). Never floating point.
 */
public final class Rupees {

    private Rupees() {}

    public static String format(long paise) {
        String sign = paise < 0 ? "-" : "";
        long abs = Math.abs(paise);
        String rupees = group(Long.toString(abs / 100));
        long rest = abs % 100;
        return sign + "\u20B9" + rupees + (rest == 0 ? "" : String.format(".%02d", rest));
    }

    private static String group(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        String last3 = digits.substring(digits.length() - 3);
        String head = digits.substring(0, digits.length() - 3);
        StringBuilder grouped = new StringBuilder();
        int first = head.length() % 2;
        if (first == 1) {
            grouped.append(head, 0, 1);
        }
        for (int i = first; i < head.length(); i += 2) {
            if (!grouped.isEmpty()) {
                grouped.append(',');
            }
            grouped.append(head, i, i + 2);
        }
        return grouped + "," + last3;
    }
}
