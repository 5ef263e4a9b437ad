/**
 * communitygov api: the hardened JSON codec and Jackson module, the exchange envelope, the
 * streaming exchange validator and its report, and the command-line tool.
 */
module org.communitygov.api {
  requires transitive org.communitygov.model;
  requires transitive org.communitygov.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.hibernate.validator;
  // The command-line tool quiets the libraries' java.util.logging output (QuietLogging).
  requires java.logging;
  requires static info.picocli;
  requires static org.immutables.value.annotations;

  exports org.communitygov.api.json;
  exports org.communitygov.api.exchange;
  exports org.communitygov.api.hsds;

  // ObjectMapper.findAndRegisterModules() finds the wire format's module (also in
  // META-INF/services).
  provides com.fasterxml.jackson.databind.Module with
      org.communitygov.api.json.CommunityGovModule;

  // The envelope's Issuer and ExchangeHeader are read through Immutables' package-private Json
  // classes, by reflection.
  opens org.communitygov.api.exchange to
      com.fasterxml.jackson.databind;

  // picocli sets the commands' annotated fields by reflection.
  opens org.communitygov.api.cli to
      info.picocli;
}
