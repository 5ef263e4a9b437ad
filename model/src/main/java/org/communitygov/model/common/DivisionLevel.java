package org.communitygov.model.common;

/**
 * The level of an administrative division in the GB/T 2260 hierarchy and its statistical extension
 * to townships and villages.
 *
 * @since 0.1.0
 */
public enum DivisionLevel {
  /** 省级: province, autonomous region, municipality ({@code 110000}). */
  PROVINCE,
  /** 地级: prefecture-level city or its equivalent ({@code 500100}). */
  PREFECTURE,
  /** 县级: county, district, county-level city ({@code 110105}). */
  COUNTY,
  /** 乡级: township, town, street office (9 digits, {@code 110105001}). */
  TOWNSHIP,
  /** 村级: residents' or villagers' committee (12 digits, {@code 110105001001}). */
  VILLAGE
}
