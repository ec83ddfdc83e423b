package com.trustpay.platform.crypto;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link FieldCipher} of a service that declares {@code trustpay.crypto.keys} (a service that encrypts nothing
 * declares nothing and gets no cipher), and its {@link LookupHash} when it declares {@code trustpay.crypto.lookup-key}.
 * A declared but empty or malformed key stops the start with a message naming the setting, never the key.
 */
@AutoConfiguration
@EnableConfigurationProperties(CryptoProperties.class)
public class CryptoConfiguration {

    @Bean
    @ConditionalOnProperty(prefix = "trustpay.crypto", name = "keys")
    FieldCipher fieldCipher(CryptoProperties properties) {
        return new FieldCipher(DataKeys.parse(properties.keys(), properties.activeKey()));
    }

    @Bean
    @ConditionalOnProperty(prefix = "trustpay.crypto", name = "lookup-key")
    LookupHash lookupHash(CryptoProperties properties) {
        return LookupHash.fromBase64(properties.lookupKey());
    }
}
