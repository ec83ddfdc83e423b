package com.trustpay.platform.web.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The mapper that reads request bodies: the application's own mapper with every coercion of a scalar turned off.
 * {@code "amountPaise": 150.99} is refused instead of becoming 150, {@code "amountPaise": "15000"} instead of
 * becoming 15000, {@code "flag": "true"} or {@code 1} instead of becoming {@code true}; a text holding U+0000 (which
 * PostgreSQL cannot store) is refused as well. Each refusal is a {@link tools.jackson.databind.DatabindException}
 * with the path of the field, which the web edge answers as a 400 problem naming it. Only bodies the API reads go
 * through it: provider payloads and Kafka messages keep the application's mapper.
 */
public final class StrictJson {

    private StrictJson() {}

    /** A copy of {@code base} (its modules, naming, inclusion) that reads strictly. */
    public static JsonMapper of(JsonMapper base) {
        return base.rebuild()
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, StrictJson::onlyNumbers)
                .withCoercionConfig(LogicalType.Float, StrictJson::onlyNumbers)
                .withCoercionConfig(LogicalType.Boolean, config -> onlyAsWritten(config)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("trustpay-strict-json")
                        .addDeserializer(String.class, new NulRefusingStringDeserializer()))
                .build();
    }

    private static void onlyNumbers(MutableCoercionConfig config) {
        onlyAsWritten(config).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    private static MutableCoercionConfig onlyAsWritten(MutableCoercionConfig config) {
        return config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
    }
}
