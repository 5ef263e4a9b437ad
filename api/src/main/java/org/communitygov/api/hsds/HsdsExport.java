package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.Site;

/**
 * Writes the service catalogue as Open Referral HSDS 3.0 JSON. Every object written is valid
 * against the official HSDS 3.0 schemas: ids are name-based UUIDs ({@link HsdsIds}); what HSDS has
 * no member for (category, supply mode, target groups, the eligibility rule, a fee's subsidy) is an
 * {@code attribute} linking a term of an {@link HsdsTaxonomy}. The mapping is the table of {@code
 * docs/services.md}; ADR 0061 gives the reasons.
 *
 * <p>An object imported by {@link HsdsImport} carries the HSDS members the model could not hold;
 * the export of the same form (a service with its organisation and locations nested, an
 * organisation, a location) puts them back, so the document comes back as it was read.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HsdsExport {
  static final String SERVICE = "service";
  static final String ORGANIZATION = "organization";
  static final String LOCATION = "location";

  private HsdsExport() {}

  /**
   * Writes a catalogue as HSDS tables: an object with the arrays {@code organizations}, {@code
   * services} (each with its schedules, cost options, service areas and attributes, and an {@code
   * organization_id}), {@code locations}, {@code service_at_locations}, {@code taxonomies} and
   * {@code taxonomy_terms} (the terms its attributes use).
   *
   * @param catalogue the catalogue, not null
   * @return the document, not null
   * @throws NullPointerException if {@code catalogue} is null
   */
  public static ObjectNode catalogue(ServiceCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    HsdsWriter writer = HsdsWriter.of(catalogue);
    ObjectNode document = HsdsWriter.NODES.objectNode();
    ArrayNode organizations = document.putArray("organizations");
    catalogue.providers().forEach(p -> organizations.add(HsdsWriter.organizationOf(p)));
    ArrayNode services = document.putArray("services");
    ArrayNode links = HsdsWriter.NODES.arrayNode();
    for (Service service : catalogue.services()) {
      services.add(writer.service(service, false));
      links.addAll(writer.serviceAtLocations(service));
    }
    ArrayNode locations = document.putArray("locations");
    catalogue.sites().forEach(s -> locations.add(HsdsWriter.locationOf(s)));
    document.set("service_at_locations", links);
    Map<String, ObjectNode> terms = new LinkedHashMap<>();
    for (var service : services) {
      collectTerms(service, terms);
    }
    ArrayNode taxonomies = document.putArray("taxonomies");
    for (HsdsTaxonomy taxonomy : HsdsTaxonomy.values()) {
      if (terms.values().stream()
          .anyMatch(t -> t.path("taxonomy_id").asText().equals(taxonomy.id()))) {
        taxonomies.add(taxonomy.taxonomyObject());
      }
    }
    document.putArray("taxonomy_terms").addAll(terms.values());
    return document;
  }

  /**
   * Writes one service as the HSDS API's {@code /services/{id}} gives it: with its organisation and
   * its locations nested, and the HSDS members kept by its import.
   *
   * @param service the service, not null
   * @param catalogue the catalogue holding its provider and sites, not null
   * @return the service object, not null
   * @throws NullPointerException if an argument is null
   */
  public static ObjectNode service(Service service, ServiceCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return service(service, catalogue.providers(), catalogue.sites());
  }

  /**
   * Writes one service with its organisation and locations nested, taking them from lists, as
   * {@link HsdsImportResult} gives them.
   *
   * @param service the service, not null
   * @param providers providers, among them the service's, not null
   * @param sites sites, among them the service's, not null
   * @return the service object, not null
   * @throws NullPointerException if an argument is null
   */
  public static ObjectNode service(Service service, List<Provider> providers, List<Site> sites) {
    Objects.requireNonNull(service, "service");
    ObjectNode derived =
        new HsdsWriter(
                Objects.requireNonNull(providers, "providers"),
                Objects.requireNonNull(sites, "sites"))
            .service(service, true);
    return Residue.apply(service.extensions(), SERVICE, derived);
  }

  /**
   * Writes a provider as an HSDS {@code organization}.
   *
   * @param provider the provider, not null
   * @return the organization object, not null
   * @throws NullPointerException if {@code provider} is null
   */
  public static ObjectNode organization(Provider provider) {
    Objects.requireNonNull(provider, "provider");
    return Residue.apply(provider.extensions(), ORGANIZATION, HsdsWriter.organizationOf(provider));
  }

  /**
   * Writes a site as an HSDS {@code location}.
   *
   * @param site the site, not null
   * @return the location object, not null
   * @throws NullPointerException if {@code site} is null
   */
  public static ObjectNode location(Site site) {
    Objects.requireNonNull(site, "site");
    return Residue.apply(site.extensions(), LOCATION, HsdsWriter.locationOf(site));
  }

  private static void collectTerms(
      com.fasterxml.jackson.databind.JsonNode node, Map<String, ObjectNode> terms) {
    if (node.isObject()) {
      if (node.get("taxonomy_term") instanceof ObjectNode term) {
        terms.putIfAbsent(term.path("id").asText(), term);
      }
      node.forEach(child -> collectTerms(child, terms));
    } else if (node.isArray()) {
      node.forEach(child -> collectTerms(child, terms));
    }
  }
}
