package org.echowatch.indexer.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.echowatch.common.Alert;
import org.echowatch.common.Json;

/** An alert as the API and the live stream show it: its fields plus {@code triage}. */
public final class AlertViews {

  private AlertViews() {}

  /** The fields of {@code alert} and {@code "triage": triage}; pure. */
  public static Map<String, Object> of(Alert alert, Triage triage) {
    Map<String, Object> view =
        Json.mapper().convertValue(alert, new TypeReference<LinkedHashMap<String, Object>>() {});
    view.put("triage", triage);
    return view;
  }
}
