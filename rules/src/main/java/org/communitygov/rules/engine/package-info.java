/**
 * Rules as code: effective-dated parameters with legal references and confidence, their resolution
 * by jurisdiction, decisions with explanations, and decision records.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.engine;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
