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

  exports org.communitygov.rules.engine;
  exports org.communitygov.rules.needs;
  exports org.communitygov.rules.needs.barthel;
  exports org.communitygov.rules.needs.elderability;
  exports org.communitygov.rules.needs.extremepoverty;
  exports org.communitygov.rules.needs.meanstest;
  exports org.communitygov.rules.needs.priority;
  exports org.communitygov.rules.needs.shared;
  exports org.communitygov.rules.ledger;
  exports org.communitygov.rules.service;
  exports org.communitygov.rules.service.eligibility;
  exports org.communitygov.rules.service.gap;
  exports org.communitygov.rules.service.quality;
  exports org.communitygov.rules.service.shared;
  exports org.communitygov.rules.volunteer;
  exports org.communitygov.rules.points;
  exports org.communitygov.rules.funding;
  exports org.communitygov.rules.funding.book;
  exports org.communitygov.rules.funding.disclosure;
  exports org.communitygov.rules.funding.lottery;

  uses org.communitygov.rules.engine.Catalogue.Source;

  provides org.communitygov.rules.engine.Catalogue.Source with
      org.communitygov.rules.needs.NeedsCatalogue,
      org.communitygov.rules.service.ServiceRules,
      org.communitygov.rules.volunteer.VolunteerCatalogue,
      org.communitygov.rules.funding.FundingCatalogue;

  opens org.communitygov.rules.engine to
      com.fasterxml.jackson.databind;
}
