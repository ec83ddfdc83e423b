package com.trustpay.platform.web.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A text in a request body holds the NUL character (U+0000); the path names the field. */
public class NulCharacterException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    NulCharacterException(JsonParser p, String value) {
        super(p, "A text may not contain the NUL character (U+0000)", value, String.class);
    }
}
