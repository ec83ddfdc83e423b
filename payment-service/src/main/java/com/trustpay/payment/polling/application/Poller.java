package com.trustpay.payment.polling.application;

import com.trustpay.payment.polling.PollingProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One polling round: every registered {@link DueWork} in turn works up to a batch of its due rows, each claimed
 * (with {@code FOR UPDATE SKIP LOCKED} and a lease) when its turn comes, and brought up to date with the provider.
 * Safe to run on any number of instances. One feature's failure does not keep the others from their round.
 */
public class Poller {

    private static final Logger log = LoggerFactory.getLogger(Poller.class);

    private final Map<String, DueWork> work;
    private final PollingProperties props;

    /** @param work by name (the bean names: {@code attemptPolls}, {@code payoutPolls}, ...), run in this order */
    public Poller(Map<String, DueWork> work, PollingProperties props) {
        this.work = new LinkedHashMap<>(work);
        this.props = props;
    }

    public void pollOnce() {
        work.forEach((name, due) -> {
            try {
                due.workDue(props.batch(), props.lease());
            } catch (RuntimeException e) {
                log.warn("polling round of {} failed; it is tried again next round", name, e);
            }
        });
    }
}
