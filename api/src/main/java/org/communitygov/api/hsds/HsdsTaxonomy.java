package org.communitygov.api.hsds;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.communitygov.model.common.LocalizedName;
import org.communitygov.model.household.PopulationGroup;
import org.communitygov.model.service.ServiceCategory;
import org.communitygov.model.service.SupplyMode;

/**
 * The HSDS taxonomies in which communitygov exports what HSDS has no member for: a service's
 * category, supply mode and target groups, its eligibility rule and parameters, and a fee's
 * subsidy. A service or cost option links a term of one of them through an HSDS {@code attribute}
 * whose {@code value} carries the data.
 *
 * @since 0.1.0
 */
public enum HsdsTaxonomy {
  /** 服务类别: the service categories; a term's code is the category code. */
  SERVICE_CATEGORY("communitygov-service-category", "communitygov service categories (服务类别)"),
  /** 供给方式: the supply modes; a term's code is the mode. */
  SUPPLY_MODE("communitygov-supply-mode", "communitygov supply modes (供给方式)"),
  /** 服务对象: the population groups a service targets; a term's code is the group. */
  POPULATION_GROUP("communitygov-population-group", "communitygov population groups (服务对象)"),
  /** 资格规则: terms {@code rule} (value: the rule id) and {@code parameter} (value: name=value). */
  ELIGIBILITY("communitygov-eligibility", "communitygov eligibility rule references (资格规则)"),
  /** 服务能力: a term per unit (value: {@code 120 MEALS per DAY}). */
  CAPACITY("communitygov-capacity", "communitygov service capacity (服务能力)"),
  /** 收费: the term {@code subsidy} (value: the subsidy per unit, a decimal). */
  FEE("communitygov-fee", "communitygov fee details (收费)");

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance; // exact: 2.500 stays 2.500

  private static final Map<SupplyMode, LocalizedName> MODES = new EnumMap<>(SupplyMode.class);
  private static final Map<PopulationGroup, LocalizedName> GROUPS =
      new EnumMap<>(PopulationGroup.class);

  static {
    MODES.put(SupplyMode.PUBLIC, LocalizedName.of("公共服务", "Public service"));
    MODES.put(SupplyMode.PURCHASED, LocalizedName.of("政府购买服务", "Purchased by government"));
    MODES.put(SupplyMode.VOLUNTEER_MUTUAL_AID, LocalizedName.of("志愿互助服务", "Volunteer mutual aid"));
    MODES.put(
        SupplyMode.MARKET_CONVENIENCE, LocalizedName.of("便民利民服务", "Market convenience service"));
    GROUPS.put(PopulationGroup.ELDERLY, LocalizedName.of("老年人", "Older people (60+)"));
    GROUPS.put(PopulationGroup.VERY_ELDERLY, LocalizedName.of("高龄老人", "Very old people (80+)"));
    GROUPS.put(PopulationGroup.LIVING_ALONE, LocalizedName.of("独居老人", "Older people living alone"));
    GROUPS.put(PopulationGroup.EMPTY_NEST, LocalizedName.of("空巢老人", "Empty-nest older people"));
    GROUPS.put(PopulationGroup.CHILD, LocalizedName.of("儿童", "Children (under 18)"));
    GROUPS.put(PopulationGroup.CHILD_UNDER_14, LocalizedName.of("不满十四周岁儿童", "Children under 14"));
    GROUPS.put(PopulationGroup.DISABLED, LocalizedName.of("残疾人", "People with disabilities"));
    GROUPS.put(
        PopulationGroup.SEVERELY_DISABLED,
        LocalizedName.of("重度残疾人", "People with severe disabilities"));
    GROUPS.put(PopulationGroup.UNEMPLOYED, LocalizedName.of("失业人员", "Unemployed people"));
    GROUPS.put(PopulationGroup.MIGRANT, LocalizedName.of("流动人口", "Migrants"));
    GROUPS.put(
        PopulationGroup.MLG_HOUSEHOLD,
        LocalizedName.of("低保家庭成员", "Minimum living guarantee households"));
    GROUPS.put(
        PopulationGroup.NEAR_MLG_HOUSEHOLD,
        LocalizedName.of("低保边缘家庭成员", "Near-minimum living guarantee households"));
    GROUPS.put(
        PopulationGroup.EXTREME_POVERTY_HOUSEHOLD,
        LocalizedName.of("特困供养人员", "Extreme poverty support"));
  }

  private final String taxonomyName;
  private final String description;

  HsdsTaxonomy(String taxonomyName, String description) {
    this.taxonomyName = taxonomyName;
    this.description = description;
  }

  /**
   * Returns the taxonomy's name, as written in a term's {@code taxonomy}.
   *
   * @return the name, such as {@code communitygov-service-category}, not null
   */
  public String taxonomyName() {
    return taxonomyName;
  }

  /**
   * Returns the HSDS id of the taxonomy.
   *
   * @return the UUID, not null
   */
  public String id() {
    return HsdsIds.of("taxonomy", taxonomyName);
  }

  /**
   * Returns the HSDS id of one of its terms.
   *
   * @param code the term's code, not null
   * @return the UUID, not null
   */
  public String termId(String code) {
    return HsdsIds.of("taxonomy_term", taxonomyName + "/" + code);
  }

  /**
   * Returns the taxonomy whose name is given, if it is one of these.
   *
   * @param name the name, not null
   * @return the taxonomy, not null
   */
  static Optional<HsdsTaxonomy> named(String name) {
    for (HsdsTaxonomy t : values()) {
      if (t.taxonomyName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  ObjectNode taxonomyObject() {
    ObjectNode taxonomy = NODES.objectNode();
    taxonomy.put("id", id());
    taxonomy.put("name", taxonomyName);
    taxonomy.put("description", description);
    taxonomy.put("version", "0.1.0");
    return taxonomy;
  }

  /** The HSDS {@code taxonomy_term} of a code, with its label where one is known. */
  ObjectNode term(String code) {
    LocalizedName label = label(code);
    ObjectNode term = NODES.objectNode();
    term.put("id", termId(code));
    term.put("code", code);
    term.put("name", label.zh());
    term.put("description", label.en().orElse(label.zh()));
    term.put("taxonomy", taxonomyName);
    term.put("taxonomy_id", id());
    term.put("language", "zh");
    return term;
  }

  private LocalizedName label(String code) {
    return switch (this) {
      case SERVICE_CATEGORY -> ServiceCategory.of(code).label().orElse(LocalizedName.of(code));
      case SUPPLY_MODE -> MODES.get(SupplyMode.valueOf(code));
      case POPULATION_GROUP -> GROUPS.get(PopulationGroup.valueOf(code));
      case ELIGIBILITY ->
          code.equals("rule")
              ? LocalizedName.of("资格规则", "Eligibility rule id")
              : LocalizedName.of("资格规则参数", "Eligibility rule parameter (name=value)");
      case CAPACITY -> LocalizedName.of("服务能力（" + code + "）", "Capacity in " + code);
      case FEE -> LocalizedName.of("每单位补贴", "Subsidy per unit");
    };
  }
}
