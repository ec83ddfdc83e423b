package com.trustpay.webhook.guard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpAllowListTest {

    @Test
    void anEmptyListAllowsEveryone() {
        IpAllowList open = IpAllowList.of(List.of("", " "));

        assertThat(open.restricts()).isFalse();
        assertThat(open.allows("203.0.113.9")).isTrue();
    }

    @Test
    void matchesSingleAddressesAndCidrRanges() {
        IpAllowList list = IpAllowList.of(List.of("52.66.0.0/16", "203.0.113.7", "10.1.2.128/25", "2001:db8::/32"));

        assertThat(list.allows("52.66.200.1")).isTrue();
        assertThat(list.allows("52.67.0.1")).isFalse();
        assertThat(list.allows("203.0.113.7")).isTrue();
        assertThat(list.allows("203.0.113.8")).isFalse();
        assertThat(list.allows("10.1.2.200")).isTrue();
        assertThat(list.allows("10.1.2.100")).isFalse();
        assertThat(list.allows("2001:db8:0:0:0:0:0:1")).isTrue();
        assertThat(list.allows("2001:db9::1")).isFalse();
    }

    @Test
    void neverLooksUpHostNames() {
        IpAllowList list = IpAllowList.of(List.of("127.0.0.1"));

        assertThat(list.allows("localhost")).isFalse();
        assertThatThrownBy(() -> IpAllowList.of(List.of("example.com"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IpAllowList.of(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }
}
