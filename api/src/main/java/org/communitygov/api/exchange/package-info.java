/**
 * Exchange documents between community systems: the envelope, record kinds, the streaming exchange
 * validator and its localized report.
 */
@NullMarked
package org.communitygov.api.exchange;

import org.jspecify.annotations.NullMarked;
