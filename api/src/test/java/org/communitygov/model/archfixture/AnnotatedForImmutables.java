package org.communitygov.model.archfixture;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** A model class with the databind annotations of the Immutables integration: allowed. */
@JsonSerialize(as = ImmutableAnnotatedForImmutables.class)
@JsonDeserialize(as = ImmutableAnnotatedForImmutables.class)
public abstract class AnnotatedForImmutables {
  AnnotatedForImmutables() {}
}
