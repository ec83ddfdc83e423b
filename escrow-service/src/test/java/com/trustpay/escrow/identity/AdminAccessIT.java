package com.trustpay.escrow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.trustpay.escrow.identity.application.AdminAccess;
import com.trustpay.escrow.identity.application.AdminGrantCommand;
import com.trustpay.escrow.support.Api.Response;
import com.trustpay.escrow.support.EscrowServiceIT;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * How admins are made: the operator's command and the one-time bootstrap token, never by registering an address;
 * the built-in admin only under the sandbox profile.
 */
@SpringBootTest(
        properties = {
            "trustpay.escrow.expiry-sweep=1h",
            // printf %s 'bootstrap-token-for-tests-0123456789' | sha256sum
            "trustpay.identity.admin-bootstrap-token-sha256="
                    + "873098805a18f505af65da9ca8db1208d7091e3096f2f5fe3a54a79e79d7866e"
        })
class AdminAccessIT extends EscrowServiceIT {

    static final String TOKEN = "bootstrap-token-for-tests-0123456789";

    @Autowired
    AdminAccess admins;

    @Autowired
    Environment environment;

    private String email(String who) {
        return who + "-" + UUID.randomUUID() + "@example.com";
    }

    private String signUp(String email) throws Exception {
        assertThat(api.post(
                                "/api/auth/register",
                                null,
                                Map.of("name", "Asha", "email", email, "password", "secret-password"))
                        .status())
                .isEqualTo(202);
        return api.login(email, "secret-password");
    }

    private boolean isAdmin(String token) throws Exception {
        return api.get("/api/admin/escrows", token).status() == 200;
    }

    @Test
    void theBuiltInAdminExistsOnlyUnderTheSandboxProfile() throws Exception {
        boolean sandbox = environment.acceptsProfiles(Profiles.of("sandbox"));
        Response login = api.post(
                "/api/auth/login",
                null,
                Map.of("email", "admin@trustpay.local", "password", "admin-password-change-me"));

        assertThat(login.status()).isEqualTo(sandbox ? 200 : 401);
    }

    @Test
    void registeringTheBuiltInAdminsAddressNeverMakesAnAdmin() throws Exception {
        String email = email("sneaky");
        String token = signUp(email);

        admins.ensureSandboxAdmin(email, "the-sandbox-admin-password");

        assertThat(isAdmin(api.login(email, "secret-password"))).isFalse();
        assertThat(isAdmin(token)).isFalse();
        assertThat(api.post("/api/auth/login", null, Map.of("email", email, "password", "the-sandbox-admin-password"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theBootstrapTokenMakesItsFirstPresenterAnAdminOnce() throws Exception {
        String firstEmail = email("first");
        String first = signUp(firstEmail);
        String second = signUp(email("second"));

        Response wrong = api.post("/api/admin/bootstrap", first, Map.of("token", TOKEN + "x"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.code()).isEqualTo("BOOTSTRAP_TOKEN_INVALID");
        assertThat(api.post("/api/admin/bootstrap", null, Map.of("token", TOKEN))
                        .status())
                .isEqualTo(401);

        Response used = api.post("/api/admin/bootstrap", first, Map.of("token", TOKEN));
        assertThat(used.status()).isEqualTo(200);
        assertThat(used.text("next")).isEqualTo("LOG_IN_AGAIN");
        assertThat(isAdmin(api.login(firstEmail, "secret-password"))).isTrue();

        Response again = api.post("/api/admin/bootstrap", second, Map.of("token", TOKEN));
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.code()).isEqualTo("BOOTSTRAP_TOKEN_USED");
        assertThat(isAdmin(second)).isFalse();
    }

    @Test
    void theOperatorsCommandMakesNamedAccountsAdminsThenExits() throws Exception {
        String email = email("ops");
        signUp(email);
        List<Integer> exits = new ArrayList<>();
        AdminGrantCommand command = new AdminGrantCommand(admins, exits::add);

        command.run(new DefaultApplicationArguments("--trustpay.admin.grant=" + email.toUpperCase()));
        command.run(new DefaultApplicationArguments("--trustpay.admin.grant=nobody-" + UUID.randomUUID() + "@x.in"));
        command.run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(exits).containsExactly(0, 1);
        assertThat(isAdmin(api.login(email, "secret-password"))).isTrue();
        assertThat(AdminGrantCommand.requested(new String[] {"--trustpay.admin.grant=a@b.in"}))
                .isTrue();
        assertThat(AdminGrantCommand.requested(new String[] {"--server.port=8081"}))
                .isFalse();
    }
}
