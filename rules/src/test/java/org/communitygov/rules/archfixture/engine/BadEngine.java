package org.communitygov.rules.archfixture.engine;

import org.communitygov.rules.archfixture.domain.Subsidy;

/** A bad engine: it names a domain class and a domain parameter file. */
public final class BadEngine {
  /** A domain file named in an engine string. */
  public static final String FILE = "mlg.json";

  private BadEngine() {}

  /** Uses the domain. */
  public static Subsidy subsidy() {
    return new Subsidy();
  }
}
