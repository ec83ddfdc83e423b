package com.trustpay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic names of contracts' {@code Topics.java}, read from its source so that this module depends on no other
 * (and so that a topic added there fails these checks until it has its KafkaTopic and ACLs).
 */
final class Topics {

    private static final String SOURCE = "contracts/src/main/java/com/trustpay/contracts/Topics.java";
    private static final Pattern CONSTANT = Pattern.compile("public static final String (\\w+) = \"([^\"]+)\";");
    private static final Pattern ALL = Pattern.compile("List<String> ALL = List\\.of\\(([^)]*)\\);");

    private Topics() {}

    /** Every topic of {@code Topics.ALL}, in its order. */
    static List<String> all() {
        String source = Repository.read(SOURCE);
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Matcher all = ALL.matcher(source);
        assertThat(all.find()).as("Topics.ALL in " + SOURCE).isTrue();
        List<String> topics = Pattern.compile(",")
                .splitAsStream(all.group(1))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(name -> {
                    assertThat(constants)
                            .as("constant " + name + " of " + SOURCE)
                            .containsKey(name);
                    return constants.get(name);
                })
                .toList();
        assertThat(topics).as("Topics.ALL").isNotEmpty();
        return topics;
    }

    static String deadLetterOf(String topic) {
        String source = Repository.read(SOURCE);
        Matcher suffix = Pattern.compile("DEAD_LETTER_SUFFIX = \"([^\"]+)\"").matcher(source);
        assertThat(suffix.find()).as("Topics.DEAD_LETTER_SUFFIX").isTrue();
        return topic + suffix.group(1);
    }
}
