package com.trustpay.platform.web.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@link JwtProperties} wherever Spring Security's JWT support is on the class path. */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.security.oauth2.jwt.JwtTimestampValidator")
@EnableConfigurationProperties(JwtProperties.class)
public class JwtDefaultsConfiguration {}
