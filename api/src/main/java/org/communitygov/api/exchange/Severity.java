package org.communitygov.api.exchange;

/**
 * The severity of a {@link ValidationIssue}.
 *
 * <p>A document with at least one {@link #ERROR} is not valid; warnings and information leave it
 * valid.
 *
 * @since 0.1.0
 */
public enum Severity {
  /** The document breaks the exchange format or the model: a receiver must not accept it as is. */
  ERROR,
  /** The document is acceptable but something in it is suspicious or will not be carried over. */
  WARNING,
  /** A remark that needs no action, such as a document written by a newer minor version. */
  INFO
}
