package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import org.communitygov.model.common.Extensions;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SupplyMode;

/**
 * Reads HSDS 3.0 objects into the model: a service (with its nested organisation and locations, as
 * the HSDS API's {@code /services/{id}} gives it), an organisation, or a location.
 *
 * <p>Nothing is dropped: what the model cannot hold is kept under {@code
 * extensions["org.openreferral.hsds"]} and reported as a note ({@code hsds.member.kept}, {@code
 * hsds.value.kept}), so that {@link HsdsExport} gives the same document back when given the
 * imported object with the providers and sites of the result. A document that is not valid HSDS for
 * what the import reads gives errors with a code and a JSON Pointer, never an exception. See {@code
 * docs/services.md} and ADR 0061.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HsdsImport {
  private final SupplyMode defaultMode;

  private HsdsImport(SupplyMode defaultMode) {
    this.defaultMode = defaultMode;
  }

  /**
   * Returns an import that gives a service without a supply-mode attribute the given mode (with a
   * {@code hsds.value.assumed} warning): HSDS has no supply mode.
   *
   * @param defaultMode the mode, such as {@link SupplyMode#PUBLIC} for a government feed, not null
   * @return the import, not null
   * @throws NullPointerException if {@code defaultMode} is null
   */
  public static HsdsImport withDefaultSupplyMode(SupplyMode defaultMode) {
    return new HsdsImport(Objects.requireNonNull(defaultMode, "defaultMode"));
  }

  /**
   * Imports an HSDS {@code service} object.
   *
   * @param document the service object, not null
   * @return the result, with the service unless an error stopped it, not null
   * @throws NullPointerException if {@code document} is null
   */
  public HsdsImportResult<Service> service(JsonNode document) {
    return read(
        document,
        HsdsReader::service,
        (service, r) ->
            Service.builder()
                .from(service)
                .extensions(
                    keep(
                        service.extensions(),
                        HsdsExport.SERVICE,
                        document,
                        new HsdsWriter(r.providers(), r.sites()).service(service, true),
                        r))
                .build());
  }

  /**
   * Imports an HSDS {@code organization} object.
   *
   * @param document the organization object, not null
   * @return the result, with the provider unless an error stopped it, not null
   * @throws NullPointerException if {@code document} is null
   */
  public HsdsImportResult<Provider> organization(JsonNode document) {
    return read(
        document,
        HsdsReader::organization,
        (provider, r) ->
            Provider.builder()
                .from(provider)
                .extensions(
                    keep(
                        provider.extensions(),
                        HsdsExport.ORGANIZATION,
                        document,
                        HsdsWriter.organizationOf(provider),
                        r))
                .build());
  }

  /**
   * Imports an HSDS {@code location} object.
   *
   * @param document the location object, not null
   * @return the result, with the site unless an error stopped it, not null
   * @throws NullPointerException if {@code document} is null
   */
  public HsdsImportResult<Site> location(JsonNode document) {
    return read(
        document,
        HsdsReader::location,
        (site, r) ->
            Site.builder()
                .from(site)
                .extensions(
                    keep(
                        site.extensions(),
                        HsdsExport.LOCATION,
                        document,
                        HsdsWriter.locationOf(site),
                        r))
                .build());
  }

  /** Reads one root object, then keeps the residue of the document over the model's export. */
  private <T> HsdsImportResult<T> read(
      JsonNode document, Mapping<T> mapping, BiFunction<T, ReaderState, T> withResidue) {
    Objects.requireNonNull(document, "document");
    List<HsdsIssue> issues = new ArrayList<>();
    HsdsMembers members = new HsdsMembers(issues);
    members.rejectNulls(document, "");
    HsdsReader reader = new HsdsReader(members, defaultMode);
    Optional<T> value = Optional.empty();
    if (!members.hasErrors() && members.isObject(document, "")) {
      value = mapping.read(reader, document, "");
    }
    if (members.hasErrors()) {
      return new HsdsImportResult<>(Optional.empty(), List.of(), List.of(), issues);
    }
    ReaderState state = new ReaderState(reader.providers, reader.sites, issues);
    Optional<T> kept = value.map(v -> withResidue.apply(v, state));
    return new HsdsImportResult<>(kept, reader.providers, reader.sites, issues);
  }

  private static Extensions keep(
      Extensions extensions,
      String form,
      JsonNode document,
      ObjectNode derived,
      ReaderState state) {
    return Residue.keep(extensions, form, document, derived, state.issues());
  }

  /** Reads a root object of one kind. */
  @FunctionalInterface
  private interface Mapping<T> {
    Optional<T> read(HsdsReader reader, JsonNode object, String pointer);
  }

  /** What the reader found besides the root object. */
  private record ReaderState(List<Provider> providers, List<Site> sites, List<HsdsIssue> issues) {}
}
