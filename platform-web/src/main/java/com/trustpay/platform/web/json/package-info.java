/**
 * Request bodies read as the client wrote them: no fraction or quoted number silently turned into a whole number, no
 * NUL character in a text, and the field named when a value is refused.
 */
package com.trustpay.platform.web.json;
