package com.trustpay.platform.web.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** Jackson's own text deserializer, refusing a text that holds U+0000 with a {@link NulCharacterException}. */
final class NulRefusingStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
        String value = super.deserialize(p, ctxt);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new NulCharacterException(p, value);
        }
        return value;
    }
}
