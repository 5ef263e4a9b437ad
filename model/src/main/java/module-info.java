/**
 * The communitygov model: immutable value types of the community-services domain, their invariants
 * and Bean Validation constraints.
 */
module org.communitygov.model {
  requires transitive jakarta.validation;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive org.jspecify;
  requires static com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports org.communitygov.model.common;
  exports org.communitygov.model.community;
  exports org.communitygov.model.household;
  exports org.communitygov.model.needs;
  exports org.communitygov.model.service;
  exports org.communitygov.model.ledger;
  exports org.communitygov.model.volunteer;
  exports org.communitygov.model.points;
  // The Immutables style, for the other communitygov modules only.
  exports org.communitygov.model.internal to
      org.communitygov.rules,
      org.communitygov.api;

  opens org.communitygov.model.common to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.community to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.household to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.ledger to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.needs to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.points to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.service to
      com.fasterxml.jackson.databind;
  opens org.communitygov.model.volunteer to
      com.fasterxml.jackson.databind;
}
