/**
 * Sensitive values encrypted at rest (ADR 0020): {@link com.trustpay.platform.crypto.FieldCipher} seals one column
 * value with AES-256-GCM under the active key of a {@link com.trustpay.platform.crypto.DataKeys} ring, stores the key
 * id with the value so that keys can rotate, and binds the value to its table and column;
 * {@link com.trustpay.platform.crypto.LookupHash} gives values that must be found by equality a keyed hash instead of
 * a readable index; {@link com.trustpay.platform.crypto.ColumnReencryption} brings stored values under the active key.
 * Keys come from the environment ({@code trustpay.crypto.*}); only the sandbox profile carries built-in ones.
 */
package com.trustpay.platform.crypto;
