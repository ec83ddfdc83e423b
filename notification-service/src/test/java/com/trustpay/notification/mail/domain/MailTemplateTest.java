package com.trustpay.notification.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplateTest {

    private final MailTemplate template = new MailTemplate(
            "<h1>{{headline}}</h1><a href=\"{{link}}\">{{ action }}</a>{{missing}}", "{{headline}} -> {{link}}");

    @Test
    void placeholdersAreFilledAndEscapedOnlyInTheHtml() {
        MailTemplate.Rendered rendered = template.render(
                Map.of("headline", "Asha <b>&</b> \"Ravi\"", "link", "https://x/#/e/1?a=1&b=2", "action", "Pay now"));

        assertThat(rendered.html())
                .isEqualTo("<h1>Asha &lt;b&gt;&amp;&lt;/b&gt; &quot;Ravi&quot;</h1>"
                        + "<a href=\"https://x/#/e/1?a=1&amp;b=2\">Pay now</a>");
        assertThat(rendered.text()).isEqualTo("Asha <b>&</b> \"Ravi\" -> https://x/#/e/1?a=1&b=2");
    }

    @Test
    void anUnclosedPlaceholderIsLeftAsItIs() {
        assertThat(new MailTemplate("a {{b", "c").render(Map.of()).html()).isEqualTo("a {{b");
    }
}
