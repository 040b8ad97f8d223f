package org.echowatch.app.faults;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * Gives every RocksDB store a 64 KiB memtable instead of Kafka Streams' 16 MiB, so that a few
 * stories fill it and RocksDB writes them to a file on disk at once, long before a commit.
 *
 * <p>Kafka Streams writes its stores without RocksDB's write-ahead log: a write still in the
 * memtable is gone when the process is killed, whatever Kafka Streams decides at the restart. Only
 * a write that reached a file can outlive a crash, so only with small memtables does a crash test
 * put writes of the aborted transaction on disk.
 */
public final class SmallMemtables implements RocksDBConfigSetter {

  static final long MEMTABLE_BYTES = 64 * 1024;

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    options.setWriteBufferSize(MEMTABLE_BYTES);
  }

  @Override
  public void close(String storeName, Options options) {
    // nothing allocated here
  }
}
