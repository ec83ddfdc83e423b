package com.trustpay.sandbox.setu.payments;

import com.trustpay.sandbox.setu.common.Validate;
import java.util.Map;

/**
 * What a product instance's payments echo from it: the payee VPA, the merchant's own reference, the note shown to
 * the payer and the merchant's metadata.
 */
public record PaymentTerms(
        String merchantVpa, String referenceId, String transactionNote, Map<String, String> metadata) {

    /**
     * Applies Setu's rules to the reference ({@code referenceId}, or the guide spelling {@code merchantReferenceId}),
     * the note and the metadata, in that order; {@code merchantVpa} is already checked by the caller.
     */
    public static PaymentTerms validated(
            String merchantVpa,
            String referenceId,
            String merchantReferenceId,
            String transactionNote,
            Map<String, String> metadata) {
        return new PaymentTerms(
                merchantVpa,
                Validate.eitherReference(referenceId, merchantReferenceId),
                Validate.transactionNote(transactionNote),
                Validate.metadata(metadata));
    }
}
