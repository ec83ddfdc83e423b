/**
 * Setu wire conventions shared by every Setu feature: error body, reason object, timestamps, validation, and the
 * merchant resource shape (ULID id, owning merchant, create with 201 and fetch by id, 404 across merchants).
 */
package com.trustpay.sandbox.setu.common;
