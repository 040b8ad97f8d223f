package org.echowatch.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** A long-lived admin client that answers "is the broker reachable" for readiness. */
public final class KafkaProbe implements AutoCloseable {

  private final AdminClient admin;
  private final KafkaClientMetrics metrics;

  /**
   * @param bootstrap the cluster to probe
   * @param registry where the admin client's own metrics are bound
   */
  public KafkaProbe(String bootstrap, MeterRegistry registry) {
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "echowatch-health");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
    this.admin = AdminClient.create(props);
    this.metrics = new KafkaClientMetrics(admin);
    metrics.bindTo(registry);
  }

  /** Whether the cluster answered a describe-cluster request within two seconds. */
  public boolean reachable() throws Exception {
    var options = new DescribeClusterOptions().timeoutMs(2000);
    return !admin.describeCluster(options).nodes().get(3, TimeUnit.SECONDS).isEmpty();
  }

  @Override
  public void close() {
    metrics.close();
    admin.close();
  }
}
