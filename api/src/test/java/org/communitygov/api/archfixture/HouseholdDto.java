package org.communitygov.api.archfixture;

/** Named after a pattern instead of the domain. */
public final class HouseholdDto {
  private HouseholdDto() {}

  /** Also named after a pattern, nested. */
  static final class MappingHelper {
    private MappingHelper() {}
  }
}
