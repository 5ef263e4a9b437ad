package org.communitygov.rules.points;

import org.communitygov.rules.engine.Fact;
import org.communitygov.rules.engine.LocalizedText;

/** Labelled facts for the explanations of the points rules. */
final class Texts {
  private Texts() {}

  static Fact fact(String name, Object value, String zh, String en) {
    return Fact.of(name, value).withLabel(LocalizedText.of(zh, en));
  }
}
