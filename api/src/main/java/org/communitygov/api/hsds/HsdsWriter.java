package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.Fee;
import org.communitygov.model.service.OpeningHours;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.ProviderContact;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.Recurrence;
import org.communitygov.model.service.ScheduleException;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCatalogue;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SiteId;

/**
 * Writes the model as HSDS 3.0 objects, without any kept HSDS residue (that is {@link Residue}'s
 * part). The mapping is the table of {@code docs/services.md}.
 */
final class HsdsWriter {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance; // exact: 2.500 stays 2.500

  /** The scheme of a unified social credit code in {@code organization_identifiers}. */
  static final String USCC_SCHEME = "CN-USCC";

  /** The prefix of a service area's {@code uri} that names one of our communities. */
  static final String COMMUNITY_URI = "urn:communitygov:community:";

  static final String STANDARD_FEE = "STANDARD";
  static final String CLOSED = "closed";
  static final String SPECIAL_HOURS = "special hours";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final List<Provider> providers;
  private final List<Site> sites;

  HsdsWriter(List<Provider> providers, List<Site> sites) {
    this.providers = providers;
    this.sites = sites;
  }

  static HsdsWriter of(ServiceCatalogue catalogue) {
    return new HsdsWriter(catalogue.providers(), catalogue.sites());
  }

  private Optional<Provider> provider(ProviderId id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private Optional<Site> site(SiteId id) {
    return sites.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  static String serviceUuid(Service service) {
    return HsdsIds.of("service", service.id().value());
  }

  static String siteUuid(SiteId site) {
    return HsdsIds.of("location", site.value());
  }

  static ObjectNode organizationOf(Provider provider) {
    String id = HsdsIds.of("organization", provider.id().value());
    ObjectNode o = NODES.objectNode();
    o.put("id", id);
    o.put("name", provider.name().zh());
    provider.name().en().ifPresent(en -> o.put("alternate_name", en));
    o.put("description", provider.description().orElse(provider.name().zh()));
    o.put("legal_status", provider.kind().name());
    provider
        .socialCreditCode()
        .ifPresent(
            code -> {
              ObjectNode identifier = o.putArray("organization_identifiers").addObject();
              identifier.put("id", HsdsIds.of("organization_identifier", id + "/uscc"));
              identifier.put("organization_id", id);
              identifier.put("identifier_scheme", USCC_SCHEME);
              identifier.put("identifier_type", "统一社会信用代码");
              identifier.put("identifier", code.value());
            });
    if (!provider.contacts().isEmpty()) {
      ArrayNode phones = o.putArray("phones");
      for (int i = 0; i < provider.contacts().size(); i++) {
        ProviderContact contact = provider.contacts().get(i);
        ObjectNode phone = phones.addObject();
        phone.put("id", HsdsIds.of("phone", id + "/" + i));
        phone.put("organization_id", id);
        phone.put("number", contact.phone().unmaskedValue());
        phone.put("description", contact.role());
      }
    }
    return o;
  }

  static ObjectNode locationOf(Site site) {
    ObjectNode l = NODES.objectNode();
    l.put("id", siteUuid(site.id()));
    l.put("location_type", "physical");
    l.put("name", site.name().zh());
    site.name().en().ifPresent(en -> l.put("alternate_name", en));
    site.address().ifPresent(address -> l.put("description", address));
    site.latitude().ifPresent(lat -> l.put("latitude", lat));
    site.longitude().ifPresent(lon -> l.put("longitude", lon));
    return l;
  }

  /** A service; {@code full} nests its organisation and locations as the HSDS API does. */
  ObjectNode service(Service service, boolean full) {
    String id = serviceUuid(service);
    ObjectNode s = NODES.objectNode();
    s.put("id", id);
    s.put("name", service.name().zh());
    service.name().en().ifPresent(en -> s.put("alternate_name", en));
    service.description().ifPresent(d -> s.put("description", d));
    s.put("status", service.status().hsdsCode());
    service.eligibility().ifPresent(e -> eligibility(s, e));
    Optional<Provider> provider = provider(service.provider());
    if (full && provider.isPresent()) {
      s.set("organization", organizationOf(provider.get()));
    } else {
      s.put("organization_id", HsdsIds.of("organization", service.provider().value()));
    }
    putIfAny(s, "schedules", schedules(service, id));
    putIfAny(s, "cost_options", costOptions(service, id));
    putIfAny(s, "service_areas", serviceAreas(service, id));
    if (full) {
      putIfAny(s, "service_at_locations", nestedLocations(service));
    }
    s.set("attributes", attributes(service, id));
    return s;
  }

  ArrayNode serviceAtLocations(Service service) {
    ArrayNode links = NODES.arrayNode();
    for (SiteId site : service.sites()) {
      ObjectNode link = links.addObject();
      link.put("id", linkId(service, site));
      link.put("service_id", serviceUuid(service));
      link.put("location_id", siteUuid(site));
    }
    return links;
  }

  private ArrayNode nestedLocations(Service service) {
    ArrayNode links = NODES.arrayNode();
    for (SiteId site : service.sites()) {
      ObjectNode link = links.addObject();
      link.put("id", linkId(service, site));
      site(site).ifPresent(s -> link.set("location", locationOf(s)));
    }
    return links;
  }

  private static void eligibility(ObjectNode s, EligibilityReference e) {
    s.put(
        "eligibility_description",
        e.description().zh() + e.description().en().map(en -> "\n" + en).orElse(""));
    e.minimumAge().ifPresent(age -> s.put("minimum_age", age));
    e.maximumAge().ifPresent(age -> s.put("maximum_age", age));
  }

  private static ArrayNode schedules(Service service, String serviceId) {
    ArrayNode schedules = NODES.arrayNode();
    for (int i = 0; i < service.schedule().hours().size(); i++) {
      OpeningHours hours = service.schedule().hours().get(i);
      ObjectNode s = schedules.addObject();
      s.put("id", HsdsIds.of("schedule", serviceId + "/hours/" + i));
      s.put("service_id", serviceId);
      s.put("freq", hours.recurrence().name());
      if (hours.recurrence() == Recurrence.WEEKLY) {
        s.put(
            "byday",
            hours.daysOfWeek().stream().map(HsdsWriter::day).collect(Collectors.joining(",")));
      } else {
        s.put(
            "bymonthday",
            hours.daysOfMonth().stream().map(String::valueOf).collect(Collectors.joining(",")));
      }
      s.put("opens_at", time(hours.opens()));
      s.put("closes_at", time(hours.closes()));
    }
    for (ScheduleException exception : service.schedule().exceptions()) {
      ObjectNode s = schedules.addObject();
      s.put("id", HsdsIds.of("schedule", serviceId + "/exception/" + exception.date()));
      s.put("service_id", serviceId);
      s.put("valid_from", exception.date().toString());
      s.put("valid_to", exception.date().toString());
      s.put("description", exception.isClosed() ? CLOSED : SPECIAL_HOURS);
      exception.opens().ifPresent(t -> s.put("opens_at", time(t)));
      exception.closes().ifPresent(t -> s.put("closes_at", time(t)));
      exception.note().ifPresent(note -> s.put("notes", note));
    }
    return schedules;
  }

  private static ArrayNode costOptions(Service service, String serviceId) {
    ArrayNode options = NODES.arrayNode();
    for (Fee fee : service.fees()) {
      String option = fee.group().map(PopulationGroup::name).orElse(STANDARD_FEE);
      String id = HsdsIds.of("cost_option", serviceId + "/" + option);
      ObjectNode o = options.addObject();
      o.put("id", id);
      o.put("service_id", serviceId);
      o.put("option", option);
      o.put("currency", fee.price().currency().getCurrencyCode());
      o.put("amount", fee.payable().amount());
      o.put(
          "amount_description",
          "price "
              + fee.price()
              + ", subsidy "
              + fee.subsidy()
              + ", payable "
              + fee.payable()
              + " per unit");
      if (!fee.subsidy().isZero()) {
        ArrayNode attributes = o.putArray("attributes");
        attributes.add(
            attribute(
                id,
                "cost_option",
                HsdsTaxonomy.FEE,
                "subsidy",
                fee.subsidy().amount().toPlainString(),
                id));
      }
    }
    return options;
  }

  private static ArrayNode serviceAreas(Service service, String serviceId) {
    ArrayNode areas = NODES.arrayNode();
    for (CommunityId community : service.communities()) {
      ObjectNode a = areas.addObject();
      a.put("id", HsdsIds.of("service_area", serviceId + "/" + community));
      a.put("service_id", serviceId);
      a.put("name", community.value());
      a.put("uri", COMMUNITY_URI + community.value());
    }
    return areas;
  }

  private static ArrayNode attributes(Service service, String serviceId) {
    ArrayNode attributes = NODES.arrayNode();
    attributes.add(
        attribute(
            serviceId,
            "service",
            HsdsTaxonomy.SERVICE_CATEGORY,
            service.category().code(),
            service.category().code(),
            serviceId));
    attributes.add(
        attribute(
            serviceId,
            "service",
            HsdsTaxonomy.SUPPLY_MODE,
            service.supplyMode().name(),
            service.supplyMode().name(),
            serviceId));
    for (PopulationGroup group : service.targetGroups()) {
      attributes.add(
          attribute(
              serviceId,
              "service",
              HsdsTaxonomy.POPULATION_GROUP,
              group.name(),
              group.name(),
              serviceId));
    }
    for (Capacity capacity : service.capacities()) {
      attributes.add(
          attribute(
              serviceId,
              "service",
              HsdsTaxonomy.CAPACITY,
              capacity.unit().name(),
              capacity.toString(),
              serviceId + "/" + capacity.period()));
    }
    service
        .eligibility()
        .ifPresent(
            e -> {
              attributes.add(
                  attribute(
                      serviceId, "service", HsdsTaxonomy.ELIGIBILITY, "rule", e.rule(), serviceId));
              for (Map.Entry<String, String> p : e.parameters().entrySet()) {
                attributes.add(
                    attribute(
                        serviceId,
                        "service",
                        HsdsTaxonomy.ELIGIBILITY,
                        "parameter",
                        p.getKey() + "=" + p.getValue(),
                        serviceId + "/" + p.getKey()));
              }
            });
    return attributes;
  }

  private static ObjectNode attribute(
      String linkId, String entity, HsdsTaxonomy taxonomy, String code, String value, String key) {
    ObjectNode a = NODES.objectNode();
    a.put("id", HsdsIds.of("attribute", entity + "/" + key + "/" + taxonomy.termId(code)));
    a.put("link_id", linkId);
    a.put("link_entity", entity);
    a.put("taxonomy_term_id", taxonomy.termId(code));
    a.put("value", value);
    a.set("taxonomy_term", taxonomy.term(code));
    return a;
  }

  private static String linkId(Service service, SiteId site) {
    return HsdsIds.of("service_at_location", serviceUuid(service) + "/" + siteUuid(site));
  }

  private static void putIfAny(ObjectNode object, String member, ArrayNode array) {
    if (!array.isEmpty()) {
      object.set(member, array);
    }
  }

  static String day(DayOfWeek day) {
    return day.name().substring(0, 2);
  }

  private static String time(LocalTime time) {
    return time.format(TIME);
  }
}
