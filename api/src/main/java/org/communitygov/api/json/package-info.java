/**
 * The JSON wire format: the Jackson module of the model ({@link
 * org.communitygov.api.json.CommunityGovModule}) and hardened, strict or lenient mappers built on
 * their own factory.
 */
@NullMarked
package org.communitygov.api.json;

import org.jspecify.annotations.NullMarked;
