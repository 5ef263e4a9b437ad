package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.communitygov.model.common.CommunityGovException;
import org.communitygov.model.common.EnumCodes;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.common.PhoneNumber;
import org.communitygov.model.common.SocialCreditCode;
import org.communitygov.model.community.CommunityId;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.Capacity;
import org.communitygov.model.service.CapacityPeriod;
import org.communitygov.model.service.CapacityUnit;
import org.communitygov.model.service.EligibilityReference;
import org.communitygov.model.service.ImmutableEligibilityReference;
import org.communitygov.model.service.ImmutableProvider;
import org.communitygov.model.service.ImmutableService;
import org.communitygov.model.service.ImmutableSite;
import org.communitygov.model.service.Provider;
import org.communitygov.model.service.ProviderContact;
import org.communitygov.model.service.ProviderId;
import org.communitygov.model.service.ProviderKind;
import org.communitygov.model.service.Service;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.ServiceId;
import org.communitygov.model.service.ServiceStatus;
import org.communitygov.model.service.Site;
import org.communitygov.model.service.SiteId;
import org.communitygov.model.service.SupplyMode;

/**
 * Reads HSDS 3.0 objects into the model, member by member as the table of {@code docs/services.md}
 * says. A member it cannot map is left alone (the {@link Residue} keeps it); a member of the wrong
 * type, or a value the model refuses, is an issue.
 */
final class HsdsReader {
  /** The category of an imported service that names none of ours. */
  static final ServiceCategory UNCLASSIFIED = ServiceCategory.of("UNCLASSIFIED");

  private static final Set<String> STATUSES =
      Set.of("active", "inactive", "defunct", "temporarily closed");
  private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");

  private final HsdsMembers members;
  private final HsdsServiceParts parts = new HsdsServiceParts(this);
  private final SupplyMode defaultMode;
  final List<Provider> providers = new ArrayList<>();
  final List<Site> sites = new ArrayList<>();

  HsdsMembers members() {
    return members;
  }

  HsdsReader(HsdsMembers members, SupplyMode defaultMode) {
    this.members = members;
    this.defaultMode = defaultMode;
  }

  Optional<Provider> organization(JsonNode o, String at) {
    Optional<String> id = members.uuid(o, "id", at, true);
    Optional<String> name = members.text(o, "name", at, true);
    Optional<String> description = members.text(o, "description", at, true);
    Optional<String> en = members.text(o, "alternate_name", at, false);
    Optional<String> legal = members.text(o, "legal_status", at, false);
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    ImmutableProvider.Builder provider = Provider.builder().id(ProviderId.of(id.get()));
    Optional<ProviderKind> kind = legal.flatMap(l -> parse(ProviderKind.class, l));
    if (kind.isEmpty()) {
      members.assumed(where(o, "legal_status", at), ProviderKind.SOCIAL_ORGANIZATION.name());
    }
    provider.kind(kind.orElse(ProviderKind.SOCIAL_ORGANIZATION));
    // the export writes the name where a provider has no description (HSDS requires one)
    description.filter(d -> !d.equals(name.get())).ifPresent(provider::description);
    for (Map.Entry<String, JsonNode> identifier :
        members.objects(o, "organization_identifiers", at)) {
      if (HsdsWriter.USCC_SCHEME.equals(identifier.getValue().path("identifier_scheme").asText())) {
        attempt(
            () ->
                provider.socialCreditCode(
                    SocialCreditCode.parse(identifier.getValue().path("identifier").asText())));
      }
    }
    for (Map.Entry<String, JsonNode> phone : members.objects(o, "phones", at)) {
      Optional<String> number = members.text(phone.getValue(), "number", phone.getKey(), true);
      Optional<String> role = members.text(phone.getValue(), "description", phone.getKey(), false);
      number.ifPresent(
          n ->
              attempt(
                  () ->
                      provider.addContact(
                          ProviderContact.of(role.orElse("电话"), PhoneNumber.parse(n)))));
    }
    return build(at, () -> provider.name(name(name.get(), en)).build());
  }

  Optional<Site> location(JsonNode l, String at) {
    Optional<String> id = members.uuid(l, "id", at, true);
    members.oneOf(l, "location_type", at, true, LOCATION_TYPES);
    Optional<String> name = members.text(l, "name", at, false);
    Optional<String> en = members.text(l, "alternate_name", at, false);
    Optional<String> description = members.text(l, "description", at, false);
    Optional<BigDecimal> latitude = members.number(l, "latitude", at);
    Optional<BigDecimal> longitude = members.number(l, "longitude", at);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    ImmutableSite.Builder site = Site.builder().id(SiteId.of(id.get()));
    if (name.filter(n -> !n.isBlank()).isEmpty()) {
      members.assumed(where(l, "name", at), "the location id as its name");
    }
    site.name(name(name.filter(n -> !n.isBlank()).orElse(id.get()), en));
    description.filter(d -> d.length() <= 200).ifPresent(site::address);
    if (latitude.isPresent()
        && longitude.isPresent()
        && latitude.get().abs().compareTo(BigDecimal.valueOf(90)) <= 0
        && longitude.get().abs().compareTo(BigDecimal.valueOf(180)) <= 0) {
      site.latitude(latitude.get()).longitude(longitude.get());
    }
    return build(at, site::build);
  }

  Optional<Service> service(JsonNode s, String at) {
    Optional<String> id = members.uuid(s, "id", at, true);
    Optional<String> name = members.text(s, "name", at, true);
    Optional<String> en = members.text(s, "alternate_name", at, false);
    Optional<String> description = members.text(s, "description", at, false);
    Optional<String> status = members.oneOf(s, "status", at, true, STATUSES);
    Optional<ProviderId> provider = provider(s, at);
    if (id.isEmpty() || name.isEmpty() || status.isEmpty() || provider.isEmpty()) {
      return Optional.empty();
    }
    ImmutableService.Builder service =
        Service.builder()
            .id(ServiceId.of(id.get()))
            .status(status(status.get()))
            .provider(provider.get());
    description.ifPresent(service::description);
    attributes(s, at, service);
    parts.schedule(s, at, service);
    parts.fees(s, at, service);
    for (Map.Entry<String, JsonNode> area : members.objects(s, "service_areas", at)) {
      String uri = area.getValue().path("uri").asText("");
      if (uri.startsWith(HsdsWriter.COMMUNITY_URI)) {
        attempt(
            () ->
                service.addCommunity(
                    CommunityId.of(uri.substring(HsdsWriter.COMMUNITY_URI.length()))));
      }
    }
    for (Map.Entry<String, JsonNode> link : members.objects(s, "service_at_locations", at)) {
      members
          .object(link.getValue(), "location", link.getKey())
          .flatMap(l -> location(l, link.getKey() + "/location"))
          .ifPresent(
              site -> {
                sites.add(site);
                service.addSite(site.id());
              });
    }
    return build(at, () -> service.name(name(name.get(), en)).build());
  }

  private Optional<ProviderId> provider(JsonNode s, String at) {
    if (s.has("organization")) {
      Optional<Provider> provider =
          members.object(s, "organization", at).flatMap(o -> organization(o, at + "/organization"));
      provider.ifPresent(providers::add);
      return provider.map(Provider::id);
    }
    Optional<String> id = members.uuid(s, "organization_id", at, true);
    return id.map(ProviderId::of);
  }

  private void attributes(JsonNode s, String at, ImmutableService.Builder service) {
    Optional<ServiceCategory> category = Optional.empty();
    Optional<SupplyMode> mode = Optional.empty();
    Optional<String> rule = Optional.empty();
    ImmutableEligibilityReference.Builder eligibility = EligibilityReference.builder();
    for (Map.Entry<String, JsonNode> attribute : members.objects(s, "attributes", at)) {
      JsonNode term = attribute.getValue().path("taxonomy_term");
      Optional<HsdsTaxonomy> taxonomy = HsdsTaxonomy.named(term.path("taxonomy").asText(""));
      String value = attribute.getValue().path("value").asText("");
      String code = term.path("code").asText("");
      if (taxonomy.isEmpty()) {
        continue;
      }
      switch (taxonomy.get()) {
        case SERVICE_CATEGORY -> category = attemptGet(() -> ServiceCategory.of(value));
        case SUPPLY_MODE -> mode = parse(SupplyMode.class, value);
        case POPULATION_GROUP ->
            parse(PopulationGroup.class, value).ifPresent(service::addTargetGroup);
        case ELIGIBILITY -> {
          if (code.equals("rule")) {
            rule = Optional.of(value);
          } else if (value.indexOf('=') > 0) {
            eligibility.putParameter(
                value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
          }
        }
        case CAPACITY -> attempt(() -> service.addCapacity(capacity(value)));
        case FEE -> {}
      }
    }
    if (category.isEmpty()) {
      members.assumed(where(s, "attributes", at), UNCLASSIFIED.code());
    }
    if (mode.isEmpty()) {
      members.assumed(where(s, "attributes", at), defaultMode.name());
    }
    service.category(category.orElse(UNCLASSIFIED)).supplyMode(mode.orElse(defaultMode));
    if (rule.isPresent()) {
      String text = members.text(s, "eligibility_description", at, false).orElse(rule.get());
      int newline = text.indexOf('\n');
      eligibility
          .rule(rule.get())
          .description(
              newline < 0
                  ? LocalizedName.of(text)
                  : LocalizedName.of(text.substring(0, newline), text.substring(newline + 1)));
      members
          .number(s, "minimum_age", at)
          .map(BigDecimal::intValue)
          .ifPresent(eligibility::minimumAge);
      members
          .number(s, "maximum_age", at)
          .map(BigDecimal::intValue)
          .ifPresent(eligibility::maximumAge);
      build(at + "/attributes", eligibility::build).ifPresent(service::eligibility);
    }
  }

  /** The pointer of a member if the object has it, else of the object. */
  private static String where(JsonNode object, String member, String at) {
    // The object itself when it lacks the member: "" for the document (RFC 6901), never "/".
    return object.has(member) ? at + "/" + member : at;
  }

  <T> Optional<T> build(String at, java.util.function.Supplier<T> builder) {
    try {
      return Optional.of(builder.get());
    } catch (CommunityGovException e) {
      members.invalid(at, e.code());
      return Optional.empty();
    }
  }

  /** Maps a part the model may refuse; if it does, the part stays unmapped (and is kept). */
  static void attempt(Runnable mapping) {
    try {
      mapping.run();
    } catch (RuntimeException e) {
      // not mapped: the residue keeps the member as it is
    }
  }

  private static <T> Optional<T> attemptGet(java.util.function.Supplier<T> mapping) {
    try {
      return Optional.of(mapping.get());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Reads the form {@link Capacity#toString()} writes: {@code 120 MEALS per DAY}. */
  private static Capacity capacity(String text) {
    String[] parts = text.split(" ");
    if (parts.length != 4 || !parts[2].equals("per")) {
      throw new IllegalArgumentException("not a capacity");
    }
    return Capacity.of(
        Integer.parseInt(parts[0]),
        CapacityUnit.valueOf(parts[1]),
        CapacityPeriod.valueOf(parts[3]));
  }

  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
    return name == null ? Optional.empty() : EnumCodes.find(type, name);
  }

  private static ServiceStatus status(String code) {
    for (ServiceStatus status : ServiceStatus.values()) {
      if (status.hsdsCode().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("checked before: " + code);
  }

  private static LocalizedName name(String zh, Optional<String> en) {
    return en.filter(e -> !e.isBlank())
        .map(e -> LocalizedName.of(zh, e))
        .orElseGet(() -> LocalizedName.of(zh));
  }
}
