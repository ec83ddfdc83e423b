package com.trustpay.escrow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.trustpay.escrow.identity.application.AdminAccess;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The built-in admin is wired only under the sandbox profile. */
class SandboxAdminTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(IdentityConfiguration.SandboxAdmin.class)
            .withBean(AdminAccess.class, () -> mock(AdminAccess.class))
            .withBean(
                    IdentityProperties.class,
                    () -> new IdentityProperties(null, null, null, null, "admin@x.in", "pw", null, null, null));

    @Test
    void withoutTheSandboxProfileThereIsNoBuiltInAdmin() {
        runner.run(context -> assertThat(context).doesNotHaveBean("sandboxAdmin"));
    }

    @Test
    void theSandboxProfileHasOne() {
        runner.withInitializer(context -> context.getEnvironment().setActiveProfiles("sandbox"))
                .run(context -> assertThat(context).hasBean("sandboxAdmin"));
    }
}
