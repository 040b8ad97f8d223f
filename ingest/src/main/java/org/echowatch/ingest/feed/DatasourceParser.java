package org.echowatch.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Xinhua's discovery: hub and list pages carry {@code datasource:<32 hex>} markers, and each names
 * a list {@code ds_<id>.json} in the page's folder: {@code {"datasource":[{title, publishUrl,
 * publishTime, keywords ...}]}}, times in Beijing time, links relative to the page.
 */
public final class DatasourceParser {

  private static final Pattern MARKER = Pattern.compile("datasource:([0-9a-f]{32})");
  private static final ObjectMapper JSON = new ObjectMapper();

  private DatasourceParser() {}

  /** The datasource ids a hub page names, in page order, without repeats. */
  public static List<String> datasourceIds(String hubHtml) {
    Set<String> ids = new LinkedHashSet<>();
    Matcher m = MARKER.matcher(hubHtml);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return List.copyOf(ids);
  }

  /** The URL of datasource {@code id} of the hub at {@code hubUrl}: {@code <dir>/ds_<id>.json}. */
  public static String listUrl(String hubUrl, String id) {
    return SyndicationParser.resolve(hubUrl, "ds_" + id + ".json");
  }

  /**
   * @param json the {@code ds_<id>.json} document
   * @param listUrl where it came from; {@code publishUrl} resolves against it
   * @param zone zone of {@code publishTime}
   */
  public static List<FeedItem> parse(String json, String listUrl, ZoneId zone) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new FeedFormatException(
          "malformed JSON in "
              + listUrl
              + (e.getLocation() == null
                  ? ""
                  : " at line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    JsonNode list = root == null ? null : root.get("datasource");
    if (list == null || !list.isArray()) {
      throw new FeedFormatException("no 'datasource' array in " + listUrl);
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode n : list) {
      String link = n.path("publishUrl").asText("");
      if (link.isBlank()) {
        continue;
      }
      String time = n.path("publishTime").asText("");
      items.add(
          new FeedItem(
              SyndicationParser.resolve(listUrl, link),
              n.path("title").asText(""),
              time.isBlank() ? null : SyndicationParser.time(time, zone),
              keywords(n.path("keywords").asText(""))));
    }
    return items;
  }

  private static List<String> keywords(String raw) {
    List<String> out = new ArrayList<>();
    for (String k : raw.split("[,，;；]")) {
      if (!k.isBlank()) {
        out.add(k.strip());
      }
    }
    return out;
  }
}
