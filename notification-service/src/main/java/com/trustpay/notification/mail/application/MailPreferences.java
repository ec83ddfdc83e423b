package com.trustpay.notification.mail.application;

import com.trustpay.notification.mail.persistence.MailRepository;
import com.trustpay.platform.problem.ProblemException;
import java.util.UUID;

/** A user's choice about non-critical mail, and the unsubscribe link that turns it off. */
public class MailPreferences {

    private final MailRepository mails;
    private final UnsubscribeLinks links;

    public MailPreferences(MailRepository mails, UnsubscribeLinks links) {
        this.mails = mails;
        this.links = links;
    }

    public boolean nonCriticalEmail(UUID userId) {
        return mails.nonCriticalEmail(userId);
    }

    public void setNonCriticalEmail(UUID userId, boolean on) {
        mails.setNonCriticalEmail(userId, on);
    }

    /** Turns off the link's user's non-critical mail; a link that was not made by us is refused. */
    public UUID unsubscribe(String user, String token) {
        UUID userId = links.verify(user, token)
                .orElseThrow(() -> ProblemException.invalid(
                        "UNSUBSCRIBE_LINK_INVALID",
                        "This unsubscribe link is not valid. Change mail settings in the app."));
        mails.setNonCriticalEmail(userId, false);
        return userId;
    }
}
