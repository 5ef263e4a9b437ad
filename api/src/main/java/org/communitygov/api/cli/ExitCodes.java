package org.communitygov.api.cli;

/** The exit codes of {@code communitygov}. */
final class ExitCodes {
  /** Every document is valid; warnings are allowed. */
  static final int VALID = 0;

  /** At least one document has an error. */
  static final int INVALID = 1;

  /** {@code evaluate}: the rule decided; {@code parameters}: the listing was printed. */
  static final int DECIDED = 0;

  /** {@code evaluate}: the rule could not decide because facts are missing. */
  static final int UNDETERMINED = 1;

  /** A usage error, an unreadable input, or an internal error: nothing could be judged. */
  static final int NOT_CHECKED = 2;

  private ExitCodes() {}
}
