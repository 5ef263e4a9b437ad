/**
 * communitygov rules: effective-dated parameters with legal references, pure rules that explain
 * their decisions, decision records.
 */
module org.communitygov.rules {
  requires transitive org.communitygov.model;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires java.sql;
  requires static org.immutables.value.annotations;

  exports org.communitygov.rules.common;
  exports org.communitygov.rules.needs;
  exports org.communitygov.rules.ledger;

  opens org.communitygov.rules.common to
      com.fasterxml.jackson.databind;
}
