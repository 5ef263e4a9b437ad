/**
 * The rules of lottery public-welfare funds (《彩票管理条例》): the uses they may not pay, as a dated
 * parameter the fund book applies to every spend, and the yearly elderly-care share of
 * welfare-lottery spending with its confidence shown.
 */
@NullMarked
@ValueStyle
package org.communitygov.rules.funding.lottery;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
