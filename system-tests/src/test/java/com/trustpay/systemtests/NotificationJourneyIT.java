package com.trustpay.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trustpay.devstack.MailNode.Mail;
import com.trustpay.devstack.Service;
import com.trustpay.systemtests.TrustPayApi.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A whole escrow through the real processes, and what each party learns of it: their feed through the gateway, and
 * the mails the local SMTP server (GreenMail) received from notification-service, with amounts and links.
 */
class NotificationJourneyIT extends SystemTest {

    @Test
    void eachPartyIsToldEveryStepOfAReleasedDealInTheFeedAndByMail() {
        assertThat(stack.runs(Service.NOTIFICATION))
                .as("notification-service runs")
                .isTrue();
        Deal deal = deal("INTENT", "success@upi", "success@okaxis");
        String title = deal.escrow().get("title").asString();
        sandbox.pay(api.awaitPaymentRequest(deal.payer(), deal.id()), "success@upi", AMOUNT);
        api.awaitStatus(deal.payer(), deal.id(), "HELD", SETTLE);
        bothConfirm(deal);
        api.awaitStatus(deal.payee(), deal.id(), "RELEASED", SETTLE);

        List<JsonNode> payer = awaitFeed(deal.payer(), deal.id(), "RELEASED");
        assertThat(kinds(payer)).contains("PARTNER_JOINED", "PAYMENT_REQUESTED", "FUNDS_HELD", "RELEASED");
        assertThat(kinds(payer).getFirst()).isEqualTo("RELEASED");
        List<JsonNode> payee = awaitFeed(deal.payee(), deal.id(), "RELEASED");
        assertThat(kinds(payee))
                .contains("FUNDS_HELD", "PARTY_CONFIRMED", "RELEASED")
                .doesNotContain("PAYMENT_REQUESTED");
        JsonNode paid = payee.getFirst();
        assertThat(paid.get("title").asString()).isEqualTo("\u20B91,250 paid to you for \u201C" + title + "\u201D");
        assertThat(paid.get("link").asString()).isEqualTo(stack.url(Service.GATEWAY) + "/#/e/" + deal.id());

        User stranger = api.signUp("Stranger");
        assertThat(api.post(stranger, "/api/notifications/" + paid.get("id").asString() + "/read", null)
                        .status())
                .isEqualTo(404);

        Mail payRequest = awaitMail(deal.payer(), "TrustPay: Pay \u20B91,250 for \u201C" + title + "\u201D");
        assertThat(payRequest.text()).contains(stack.url(Service.GATEWAY) + "/#/e/" + deal.id() + "/pay");
        Mail released = awaitMail(deal.payee(), "TrustPay: \u20B91,250 paid to you for \u201C" + title + "\u201D");
        assertThat(released.text()).contains("success@okaxis").contains("/#/e/" + deal.id());
        assertThat(released.headers().get("List-Unsubscribe")).contains("/api/notifications/unsubscribe?user=");
        awaitMail(deal.payer(), "TrustPay: Your \u20B91,250 is held safely for \u201C" + title + "\u201D");
    }

    private List<JsonNode> awaitFeed(User user, String escrowId, String kind) {
        await().atMost(SETTLE).until(() -> feed(user, escrowId).stream()
                .anyMatch(n -> n.get("kind").asString().equals(kind)));
        return feed(user, escrowId);
    }

    private List<JsonNode> feed(User user, String escrowId) {
        List<JsonNode> items = new ArrayList<>();
        api.get(user, "/api/notifications?size=100")
                .expect(200)
                .json()
                .get("items")
                .forEach(n -> {
                    if (escrowId.equals(n.get("escrowId").asString())) {
                        items.add(n);
                    }
                });
        return items;
    }

    private Mail awaitMail(User to, String subject) {
        await().atMost(SETTLE).until(() -> mailTo(to, subject) != null);
        return mailTo(to, subject);
    }

    private Mail mailTo(User to, String subject) {
        return stack.mail().received().stream()
                .filter(m -> m.to().contains(to.email()) && subject.equals(m.subject()))
                .findFirst()
                .orElse(null);
    }

    private static List<String> kinds(List<JsonNode> nodes) {
        return nodes.stream().map(n -> n.get("kind").asString()).toList();
    }
}
