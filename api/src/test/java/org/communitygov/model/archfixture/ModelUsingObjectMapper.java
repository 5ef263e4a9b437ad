package org.communitygov.model.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A hand-written model class that uses databind beyond its annotations: not allowed. */
public final class ModelUsingObjectMapper {
  private ModelUsingObjectMapper() {}

  static String write(Object value) throws Exception {
    return new ObjectMapper().writeValueAsString(value);
  }
}
