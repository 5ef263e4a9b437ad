package org.communitygov.rules.archfixture.domain;

import org.communitygov.rules.archfixture.engine.BadEngine;

/** A domain class that uses the engine that uses it: a cycle. */
public final class Subsidy {
  /** Asks the engine for another subsidy. */
  public Subsidy another() {
    return BadEngine.subsidy();
  }
}
