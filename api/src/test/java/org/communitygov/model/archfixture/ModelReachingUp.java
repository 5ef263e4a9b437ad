package org.communitygov.model.archfixture;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.rules.archfixture.RulesReachingUp;

/** Breaks the direction of dependency twice: a model class that uses rules and api. */
public final class ModelReachingUp {
  private ModelReachingUp() {}

  static JsonMapper mapper() {
    return CommunityGovMappers.strict();
  }

  static String rules() {
    return RulesReachingUp.class.getName();
  }
}
