package org.echowatch.ingest.feed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.echowatch.ingest.article.PageDates;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * RSS 2.0 and Atom, parsed strictly (a feed that is not well-formed XML is an error, not a guess)
 * with DTDs and external entities disabled.
 */
public final class SyndicationParser {

  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("[EEE, ]d MMM yyyy HH:mm[:ss] [XX][z]", Locale.ENGLISH);

  private SyndicationParser() {}

  /**
   * @param xml the feed document
   * @param feedUrl where it came from; relative links resolve against it
   * @param zone zone of times written without an offset
   */
  public static List<FeedItem> parse(String xml, String feedUrl, ZoneId zone) {
    Document doc = parseXml(xml, feedUrl);
    Element root = doc.getDocumentElement();
    String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
    List<FeedItem> items = new ArrayList<>();
    if ("rss".equals(name) || "RDF".equals(name)) {
      NodeList nodes = doc.getElementsByTagNameNS("*", "item");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element item = (Element) nodes.item(i);
        String link = child(item, "link").orElseGet(() -> child(item, "guid").orElse(null));
        if (link != null) {
          items.add(
              new FeedItem(
                  resolve(feedUrl, link),
                  child(item, "title").orElse(""),
                  child(item, "pubDate")
                      .or(() -> child(item, "date"))
                      .map(d -> time(d, zone))
                      .orElse(null),
                  categories(item)));
        }
      }
    } else if ("feed".equals(name)) {
      NodeList nodes = doc.getElementsByTagNameNS("*", "entry");
      for (int i = 0; i < nodes.getLength(); i++) {
        Element entry = (Element) nodes.item(i);
        String link = atomLink(entry);
        if (link != null) {
          items.add(
              new FeedItem(
                  resolve(feedUrl, link),
                  child(entry, "title").orElse(""),
                  child(entry, "published")
                      .or(() -> child(entry, "updated"))
                      .map(d -> time(d, zone))
                      .orElse(null),
                  List.of()));
        }
      }
    } else {
      throw new FeedFormatException(
          "not an RSS or Atom feed: root element is <" + name + "> at " + feedUrl);
    }
    return items;
  }

  /** An RFC-822 or ISO time as an instant; a written offset is honoured, else {@code zone}. */
  static Instant time(String text, ZoneId zone) {
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t, RFC_822).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e2) {
        return PageDates.parse(t).map(d -> d.atZone(zone).toInstant()).orElse(null);
      }
    }
  }

  private static Document parseXml(String xml, String feedUrl) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new InputSource(new StringReader(stripBom(xml))));
    } catch (SAXParseException e) {
      throw new FeedFormatException(
          "malformed XML at line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + " of "
              + feedUrl
              + ": "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new FeedFormatException("cannot parse feed " + feedUrl + ": " + e.getMessage(), e);
    }
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static Optional<String> child(Element parent, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(localName(e))) {
        String v = e.getTextContent().strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
      }
    }
    return Optional.empty();
  }

  private static List<String> categories(Element item) {
    List<String> out = new ArrayList<>();
    for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "category".equals(localName(e))) {
        String v = e.getTextContent().strip();
        if (!v.isEmpty()) {
          out.add(v);
        }
      }
    }
    return out;
  }

  private static String atomLink(Element entry) {
    String any = null;
    for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "link".equals(localName(e)) && e.hasAttribute("href")) {
        String rel = e.getAttribute("rel");
        if (rel.isEmpty() || "alternate".equals(rel)) {
          return e.getAttribute("href");
        }
        any = any == null ? e.getAttribute("href") : any;
      }
    }
    return any;
  }

  private static String localName(Element e) {
    return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
  }

  static String resolve(String base, String link) {
    try {
      return URI.create(base).resolve(link.strip()).toString();
    } catch (IllegalArgumentException e) {
      throw new FeedFormatException("item link is not a URL: '" + link + "'", e);
    }
  }
}
