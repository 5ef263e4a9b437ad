/**
 * Volunteers (志愿者) as 民政部令第67号 asks them to be recorded: registrations, service records (志愿服务记录),
 * training, awards and evaluations, and the service certificate (志愿服务证明) with its verification
 * digest. See {@code docs/volunteers.md}.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.volunteer;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
