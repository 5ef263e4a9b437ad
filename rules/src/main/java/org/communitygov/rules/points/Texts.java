package org.communitygov.rules.points;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.LocalizedText;

/**
 * Labelled facts for the explanations of the points rules. The labels are the rules' own constant
 * texts, so each is made once and shared: a busy book labels several facts per record.
 */
final class Texts {
  private static final Map<String, LocalizedText> LABELS = new ConcurrentHashMap<>();

  private Texts() {}

  static Fact fact(String name, Object value, String zh, String en) {
    return Fact.of(name, value).withLabel(label(zh, en));
  }

  /** The label of two texts, made once per pair. */
  static LocalizedText label(String zh, String en) {
    LocalizedText label = LABELS.get(zh);
    if (label == null || !label.en().equals(en)) {
      label = LocalizedText.of(zh, en);
      LABELS.putIfAbsent(zh, label);
    }
    return label;
  }
}
