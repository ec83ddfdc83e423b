package com.trustpay.webhook.ingest;

import com.trustpay.webhook.ingest.domain.PayUMerchant;
import com.trustpay.webhook.ingest.domain.PayUVerifier;
import com.trustpay.webhook.ingest.domain.PhonePeLogin;
import com.trustpay.webhook.ingest.domain.PhonePeVerifier;
import com.trustpay.webhook.ingest.domain.RazorpayVerifier;
import com.trustpay.webhook.ingest.domain.RazorpayXVerifier;
import com.trustpay.webhook.ingest.domain.SetuVerifier;
import com.trustpay.webhook.ingest.domain.StandardWebhooksVerifier;
import com.trustpay.webhook.ingest.domain.WebhookSecrets;
import com.trustpay.webhook.ingest.domain.WebhookVerifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The providers that are off unless configured (ADR 0016): Razorpay, PhonePe and PayU each behind
 * {@code webhook.enabled.<provider>}, and every {@code webhook.standard.<name>}. An enabled provider without its
 * credentials stops the start with a message naming the properties (never their values): before any bean outside
 * the sandbox profile ({@link OptionalProvidersCheck}), else when this is built. A provider that is off is listed in
 * {@link #disabled()}, so its endpoint can say so instead of "unknown".
 *
 * @param verifiers the verifiers of the enabled providers
 * @param disabled the names of the built-in optional providers that are off
 */
public record OptionalProviders(List<WebhookVerifier> verifiers, Set<String> disabled) {

    /** Names a Standard Webhooks provider may not take: the built-in providers'. */
    static final Set<String> BUILT_IN = Set.of(
            SetuVerifier.PROVIDER,
            RazorpayXVerifier.PROVIDER,
            RazorpayVerifier.PROVIDER,
            PhonePeVerifier.PROVIDER,
            PayUVerifier.PROVIDER);

    /** A path segment and a metrics tag: lower case, digits and {@code -}. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public OptionalProviders {
        verifiers = List.copyOf(verifiers);
        disabled = Set.copyOf(disabled);
    }

    private static final Map<String, Function<IngestProperties, WebhookVerifier>> BUILDERS = Map.of(
            RazorpayVerifier.PROVIDER, OptionalProviders::razorpay,
            PhonePeVerifier.PROVIDER, OptionalProviders::phonePe,
            PayUVerifier.PROVIDER, OptionalProviders::payU);

    /** @throws IllegalStateException when an enabled provider's configuration is missing or invalid */
    public static OptionalProviders from(IngestProperties properties) {
        List<WebhookVerifier> verifiers = new ArrayList<>();
        Set<String> disabled = new LinkedHashSet<>();
        BUILDERS.forEach((provider, build) -> {
            if (properties.isEnabled(provider)) {
                verifiers.add(build.apply(properties));
            } else {
                disabled.add(provider);
            }
        });
        properties.standard().forEach((name, standard) -> verifiers.add(standard(name, standard)));
        return new OptionalProviders(verifiers, disabled);
    }

    /** What {@link #from} would refuse, every enabled provider checked on its own: one line each, no values. */
    public static List<String> findings(IngestProperties properties) {
        List<String> findings = new ArrayList<>();
        BUILDERS.forEach((provider, build) -> {
            if (properties.isEnabled(provider)) {
                check(findings, () -> build.apply(properties));
            }
        });
        properties.standard().forEach((name, standard) -> check(findings, () -> standard(name, standard)));
        return findings;
    }

    private static void check(List<String> findings, Runnable build) {
        try {
            build.run();
        } catch (IllegalStateException e) {
            findings.add(e.getMessage());
        }
    }

    private static WebhookVerifier razorpay(IngestProperties properties) {
        IngestProperties.Secrets secrets = properties.secretsOf(RazorpayVerifier.PROVIDER);
        return new RazorpayVerifier(WebhookSecrets.of(secrets.current(), secrets.previous()));
    }

    private static WebhookVerifier phonePe(IngestProperties properties) {
        IngestProperties.PhonePe phonePe = properties.phonepe();
        List<PhonePeLogin> logins = new ArrayList<>();
        logins.add(login(phonePe.current(), "current").orElseThrow(() -> missing("webhook.phonepe.current")));
        login(phonePe.previous(), "previous").ifPresent(logins::add);
        return new PhonePeVerifier(logins);
    }

    private static Optional<PhonePeLogin> login(IngestProperties.Login login, String which) {
        String username = login == null ? null : login.username();
        String password = login == null ? null : login.password();
        return pair(username, password, "webhook.phonepe." + which + ".{username,password}")
                ? Optional.of(PhonePeLogin.of(username, password))
                : Optional.empty();
    }

    private static WebhookVerifier payU(IngestProperties properties) {
        IngestProperties.PayU payU = properties.payu();
        List<PayUMerchant> merchants = new ArrayList<>();
        merchants.add(merchant(payU.current(), "current").orElseThrow(() -> missing("webhook.payu.current")));
        merchant(payU.previous(), "previous").ifPresent(merchants::add);
        return new PayUVerifier(merchants);
    }

    private static Optional<PayUMerchant> merchant(IngestProperties.Merchant merchant, String which) {
        String key = merchant == null ? null : merchant.key();
        String salt = merchant == null ? null : merchant.salt();
        return pair(key, salt, "webhook.payu." + which + ".{key,salt}")
                ? Optional.of(new PayUMerchant(key, salt))
                : Optional.empty();
    }

    /** Whether both halves are set; neither is fine (absent), one alone is a mistake. */
    private static boolean pair(String first, String second, String properties) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst != hasSecond) {
            throw new IllegalStateException("Only one half of " + properties + " is set: set both or neither");
        }
        return hasFirst;
    }

    private static WebhookVerifier standard(String name, IngestProperties.Standard standard) {
        if (!NAME.matcher(name).matches() || BUILT_IN.contains(name)) {
            throw new IllegalStateException(
                    "webhook.standard." + name
                            + ": a Standard Webhooks provider's name is 2-40 of a-z, 0-9 and '-', and not a built-in provider's");
        }
        if (standard == null || standard.secrets().isEmpty()) {
            throw missing("webhook.standard." + name + ".secrets");
        }
        try {
            return StandardWebhooksVerifier.of(name, standard.secrets(), standard.tolerance());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("webhook.standard." + name + ".secrets: " + e.getMessage(), e);
        }
    }

    private static IllegalStateException missing(String property) {
        return new IllegalStateException(
                property + " is empty, but the provider is enabled: set it, or turn the provider off");
    }
}
