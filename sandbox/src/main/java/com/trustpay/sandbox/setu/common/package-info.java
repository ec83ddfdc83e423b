/** Setu wire conventions shared by every Setu feature: error body, reason object, timestamps, validation. */
package com.trustpay.sandbox.setu.common;
