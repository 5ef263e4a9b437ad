/**
 * The service catalogue and the closed service loop: providers (服务供给方), services (服务项目) with their
 * supply mode, eligibility reference, capacity, fees and schedule; service requests (需求申请), service
 * orders (派单 / 转介) with their state machine, delivery records (服务记录) and satisfaction feedback
 * (满意度评价). See {@code docs/services.md}.
 */
@NullMarked
@ValueStyle
package org.communitygov.model.service;

import org.communitygov.model.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
