package com.trustpay.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class TestInfrastructureIT {

    @Test
    void eachRequestGetsItsOwnEmptyDatabase() {
        TestDatabase first = TestPostgres.instance().newDatabase("first");
        TestDatabase second = TestPostgres.instance().newDatabase("second");

        new JdbcTemplate(first.dataSource()).execute("CREATE TABLE only_in_first (id int)");

        assertThat(first.name()).isNotEqualTo(second.name());
        Integer tables = new JdbcTemplate(second.dataSource())
                .queryForObject(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_first'",
                        Integer.class);
        assertThat(tables).isZero();
    }

    @Test
    void kafkaAnswersAtTheGivenBootstrap() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.instance().bootstrapServers()))) {
            String topic = TestKafka.uniquePrefix() + "probe";
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1)))
                    .all()
                    .get();
            assertThat(admin.listTopics().names().get()).contains(topic);
            assertThat(admin.describeCluster()
                            .nodes()
                            .get(Duration.ofSeconds(10).toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                    .isNotEmpty();
        }
    }

    @Test
    void prefixesNeverRepeat() {
        assertThat(TestKafka.uniquePrefix()).isNotEqualTo(TestKafka.uniquePrefix());
    }
}
