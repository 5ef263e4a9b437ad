package org.communitygov.rules.engine;

/** The parameter files of the {@linkplain Catalogue#shipped() shipped catalogue}, loaded once. */
final class ShippedParameters {
  static final ParameterSet SET = Catalogue.shipped().parameters();

  private ShippedParameters() {}
}
