/**
 * The public account of a community's funding (居务公开 / 村务公开, ADR 0090): the disclosure report of a
 * period folded from a fund book's ledger ({@link
 * org.communitygov.rules.funding.disclosure.Disclosures}) or streamed from a community's journal
 * file into several periods' reports at once ({@link
 * org.communitygov.rules.funding.disclosure.DisclosureFold}, ADR 0097), reconciling to the fen, in
 * JSON, Markdown and a self-contained HTML page with SVG charts, the annual lottery report's share,
 * and the rule of when an item is due and whether it is overdue ({@link
 * org.communitygov.rules.funding.disclosure.DisclosureDue}).
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.funding.disclosure;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
