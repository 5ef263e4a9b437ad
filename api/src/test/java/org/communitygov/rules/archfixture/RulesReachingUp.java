package org.communitygov.rules.archfixture;

import org.communitygov.api.json.CommunityGovModule;

/** Breaks the direction of dependency: a rules class that uses api. */
public final class RulesReachingUp {
  private RulesReachingUp() {}

  static CommunityGovModule module() {
    return new CommunityGovModule();
  }
}
