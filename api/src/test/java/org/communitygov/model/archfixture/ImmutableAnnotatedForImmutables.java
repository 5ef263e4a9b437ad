package org.communitygov.model.archfixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Stands for an Immutables-generated class, which may use databind freely: allowed. */
public final class ImmutableAnnotatedForImmutables extends AnnotatedForImmutables {
  private ImmutableAnnotatedForImmutables() {}

  /** Stands for the generated nested {@code Json} class of the Immutables integration. */
  static final class Json {
    private Json() {}

    static JsonNode empty() {
      return JsonNodeFactory.instance.objectNode();
    }
  }
}
